package com.breachdesk.report;

import com.breachdesk.deadline.HolidayCalendars;
import com.breachdesk.delivery.NoticeDelivery;
import com.breachdesk.delivery.SendChannel;
import com.breachdesk.delivery.SentNotice;
import com.breachdesk.demo.DemoCase;
import com.breachdesk.letters.store.LetterRecord;
import com.breachdesk.obligations.Assessor;
import com.breachdesk.report.pdf.PdfReportWriter;
import com.breachdesk.rules.RulePack;
import com.breachdesk.rules.RulePackLoader;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestClock;
import com.breachdesk.time.MomentInZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The demo case, the shipped rule pack and the PDF writer, shared by the report tests. */
final class ReportFixture {

    private static RulePack pack;
    private static PdfReportWriter writer;

    private ReportFixture() {
    }

    static synchronized RulePack pack() {
        if (pack == null) {
            pack = new RulePackLoader().loadShipped();
        }
        return pack;
    }

    static synchronized TimelineReports reports() {
        if (writer == null) {
            writer = new PdfReportWriter();
        }
        return new TimelineReports(new ReportAssembler(), writer);
    }

    static Assessor assessor(TestClock clock) {
        return new Assessor(pack(), new HolidayCalendars(), clock);
    }

    static CaseSession demo(Path dir, TestClock clock) throws Exception {
        return DemoCase.create(dir.resolve("demo.breachcase"), "tester", clock);
    }

    /**
     * Marks a complete FINAL batch of two letters (from a mailing file) sent by post at {@code sentAt}, with the
     * mailing house's receipt as evidence.
     */
    static SentNotice sendFinalBatch(CaseSession session, TestClock clock, Instant sentAt, byte[] receipt) {
        var store = session.letters().store();
        var batch = store.startBatch("/tmp/final", "us-ca-individual", "all", "FINAL", LocalDate.of(2026, 3, 2),
                "file customers.csv");
        store.addLetters(List.of(new LetterRecord(batch.id(), 1, "r1", "f1", "letters/0001.pdf", 1, "ab".repeat(32),
                "us-ca-individual", 1, clock.instant()), new LetterRecord(batch.id(), 2, "r2", "f2", "letters/0002.pdf", 1,
                "cd".repeat(32), "us-ca-individual", 1, clock.instant())));
        store.finishBatch(batch.id(), "complete", 2, 2, "ef".repeat(32), "2 letters");
        return session.delivery().markBatchSent(batch.id(), new MomentInZone(sentAt, ZoneId.of("America/Los_Angeles")),
                SendChannel.POST, "PO-77", Optional.of(new NoticeDelivery.Evidence("mailing-house.pdf", receipt))).notice();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** Text with all white space removed: table cells wrap, so words may be split across lines. */
    static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
