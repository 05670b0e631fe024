package com.breachdesk.handover;

import com.breachdesk.deadline.HolidayCalendars;
import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.demo.DemoCase;
import com.breachdesk.delivery.NoticeDelivery;
import com.breachdesk.delivery.SendChannel;
import com.breachdesk.letters.store.BatchNotifications;
import com.breachdesk.letters.store.LetterRecord;
import com.breachdesk.letters.template.LetterTemplate;
import com.breachdesk.letters.template.TemplateCatalog;
import com.breachdesk.obligations.Assessor;
import com.breachdesk.roster.PersonField;
import com.breachdesk.roster.RosterFilter;
import com.breachdesk.rosterimport.CsvFormat;
import com.breachdesk.rosterimport.ImportListener;
import com.breachdesk.rosterimport.MappingSuggester;
import com.breachdesk.review.LegalReview;
import com.breachdesk.rules.RulePack;
import com.breachdesk.rules.RulePackLoader;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestClock;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.timeline.TimelineKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A demo case with every part filled in: roster (two imports, a merge, a hand edit), notices, letters, legal review
 * (two versions, one approved, a resolved and a privileged comment), notices marked sent with evidence, privilege.
 */
final class HandoverFixture {

    static final String SECRET = "Counsel: exposure is larger than the board was told";
    static final String TEMPLATE = "ua-individual";
    static final String RESOLVED_COMMENT = "Say when we found out";
    static final String PRIVILEGED_COMMENT = "Counsel: do not admit liability in this paragraph";
    static final String MAILING_RECEIPT_NAME = "ukrposhta-receipt.pdf";
    /** Not text: every byte value, so a lossy encoding would show. */
    static final byte[] MAILING_RECEIPT = allByteValues();
    static final byte[] PORTAL_RECEIPT = "%PDF-1.4 UODO receipt 2026-118".getBytes(StandardCharsets.UTF_8);
    private static RulePack pack;

    private HandoverFixture() {
    }

    static synchronized Assessor assessor(TestClock clock) {
        if (pack == null) {
            pack = new RulePackLoader().loadShipped();
        }
        return new Assessor(pack, new HolidayCalendars(), clock);
    }

    static CaseSession fullCase(Path dir, TestClock clock) throws Exception {
        CaseSession s = DemoCase.create(dir.resolve("source.breachcase"), "olena", clock);
        importCsv(s, dir, "crm.csv", "Customer ID,Email,Name,Country,Date of birth\n1,ann@x.example,Ann Lee,PL,1990-01-02\n"
                + "2,bo@x.example,Bo Chen,GB,\n3,cy@x.example,Cy,Kyiv,\n");
        importCsv(s, dir, "billing.csv", "Customer ID,Phone,Country\n1,+48 600 100 200,PL\n4,+44 20 7946 0000,GB\n");
        long cy = s.roster().page(RosterFilter.ALL, 0, 100).stream().filter(p -> "Cy".equals(p.fullName()))
                .findFirst().orElseThrow().id();
        s.roster().edit(cy, PersonField.JURISDICTION, "UA");
        var assessments = s.assessments(assessor(clock));
        assessments.assessAndStore();
        assessments.markDone(new ObligationKey("gb-pecr-5a-ico", "GB"), clock.instant().minus(Duration.ofHours(2)),
                "ICO online form", "IC-123456");
        s.letters().noticeFacts().set(Map.of("likely_consequences", "Phishing calls using your account details"));
        var batch = s.letters().store().startBatch("/tmp/letters", "ua-individual", "jurisdiction=UA", "draft",
                LocalDate.of(2026, 3, 2), "roster");
        s.letters().store().addLetters(List.of(new LetterRecord(batch.id(), 1, "P1", "f1", "letters/0001.pdf", 1,
                "ab".repeat(32), "ua-individual", 3, clock.instant())));
        s.letters().store().finishBatch(batch.id(), "complete", 1, 1, "cd".repeat(32), "1 letter");
        var kyiv = ZoneId.of("Europe/Kyiv");
        review(s);
        sendFinalBatch(s, clock, cy);
        s.delivery().markObligationSent(assessments, new ObligationKey("eu-eprivacy-611-initial", "PL"),
                new MomentInZone(clock.instant().minus(Duration.ofMinutes(40)), ZoneId.of("Europe/Warsaw")),
                SendChannel.PORTAL, "UODO-2026-118", Optional.of(new NoticeDelivery.Evidence("uodo-receipt.pdf", PORTAL_RECEIPT)));
        var secret = s.timeline().add(new MomentInZone(clock.instant().minus(Duration.ofHours(3)), kyiv),
                TimelineKind.DECISION, SECRET, OptionalLong.empty(), true);
        s.timeline().add(new MomentInZone(clock.instant().minus(Duration.ofHours(1)), kyiv), TimelineKind.NOTE,
                "Correction: counsel revised the estimate", OptionalLong.of(secret.id()));
        return s;
    }

    /**
     * Legal review of the Ukrainian letter: v1 commented on (resolved), approved by counsel, then edited into v2,
     * which carries an open privileged comment.
     */
    private static void review(CaseSession s) {
        LegalReview review = s.review();
        LetterTemplate template = TemplateCatalog.shipped().require(TEMPLATE);
        review.create(template);
        review.submit(TEMPLATE, "ready for counsel");
        review.resolve(review.comment(TEMPLATE, 1, "", RESOLVED_COMMENT, false).id());
        review.approve(TEMPLATE, "Iryna Melnyk", "counsel");
        review.edit(TEMPLATE, template.text() + "\nДякуємо за розуміння.\n", "thank the reader");
        review.comment(TEMPLATE, 1, "", PRIVILEGED_COMMENT, true);
    }

    /** A FINAL batch of one letter (to Cy, from the roster) printed from the approved v1 and marked sent by post. */
    private static void sendFinalBatch(CaseSession s, TestClock clock, long person) {
        var store = s.letters().store();
        var batch = store.startBatch("/tmp/final", TEMPLATE, "jurisdiction=UA", "FINAL", LocalDate.of(2026, 3, 2),
                "roster");
        store.addLetters(List.of(new LetterRecord(batch.id(), 1, Long.toString(person), "f2", "letters/final-0001.pdf", 1,
                "ef".repeat(32), TEMPLATE, 1, clock.instant())));
        store.finishBatch(batch.id(), "complete", 1, 1, "01".repeat(32), "1 letter", BatchNotifications::markGenerated);
        s.delivery().markBatchSent(batch.id(), new MomentInZone(clock.instant().minus(Duration.ofMinutes(30)),
                ZoneId.of("Europe/Kyiv")), SendChannel.POST, "UKRPOSHTA-0001",
                Optional.of(new NoticeDelivery.Evidence(MAILING_RECEIPT_NAME, MAILING_RECEIPT)));
    }

    private static void importCsv(CaseSession s, Path dir, String name, String csv) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        s.rosterImporter().importFile(file, new CsvFormat(StandardCharsets.UTF_8, 0, ','),
                MappingSuggester.suggest(List.of(csv.substring(0, csv.indexOf('\n')).split(","))), ImportListener.NONE);
    }

    private static byte[] allByteValues() {
        byte[] out = new byte[256];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) i;
        }
        return out;
    }

    static JsonNode read(Path json) throws Exception {
        return new ObjectMapper().readTree(json.toFile());
    }
}
