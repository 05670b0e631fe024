package com.breachdesk.report;

import com.breachdesk.deadline.HolidayCalendars;
import com.breachdesk.demo.DemoCase;
import com.breachdesk.obligations.Assessor;
import com.breachdesk.report.pdf.PdfReportWriter;
import com.breachdesk.rules.RulePack;
import com.breachdesk.rules.RulePackLoader;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Path;

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
