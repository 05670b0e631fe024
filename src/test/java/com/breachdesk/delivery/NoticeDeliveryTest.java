package com.breachdesk.delivery;

import com.breachdesk.deadline.HolidayCalendars;
import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.demo.DemoCase;
import com.breachdesk.letters.LetterFixtures;
import com.breachdesk.letters.batch.BatchKind;
import com.breachdesk.letters.batch.BatchResult;
import com.breachdesk.letters.batch.FixedTemplate;
import com.breachdesk.letters.batch.LetterBatchGenerator;
import com.breachdesk.letters.batch.RecipientFilter;
import com.breachdesk.letters.batch.RosterRecipients;
import com.breachdesk.letters.compose.LetterComposer;
import com.breachdesk.letters.data.LetterDataBuilder;
import com.breachdesk.letters.pdf.PdfLetterRenderer;
import com.breachdesk.obligations.Assessor;
import com.breachdesk.roster.NotificationStatus;
import com.breachdesk.roster.Person;
import com.breachdesk.roster.RosterFilter;
import com.breachdesk.rosterimport.CsvFormat;
import com.breachdesk.rosterimport.ImportListener;
import com.breachdesk.rosterimport.MappingSuggester;
import com.breachdesk.rules.RulePack;
import com.breachdesk.rules.RulePackLoader;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestClock;
import com.breachdesk.time.MomentInZone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoticeDeliveryTest {

    static RulePack pack;

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-05T09:00:00Z");
    private final MomentInZone sentAt = new MomentInZone(clock.instant().minus(Duration.ofHours(1)), ZoneId.of("Europe/Kyiv"));
    private final byte[] receipt = "%PDF-1.4 receipt UODO-2026-118".getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    static void loadPack() {
        pack = new RulePackLoader().loadShipped();
    }

    /** A case with two roster people in California and a complete batch of letters to them. */
    private CaseSession caseWithBatch(BatchKind kind) throws Exception {
        CaseSession s = CaseSession.create(dir.resolve("case.breachcase"), "Test", LetterFixtures.organization(), "tester", clock);
        s.letters().noticeFacts().set(LetterFixtures.noticeFacts());
        Path csv = dir.resolve("crm.csv");
        Files.writeString(csv, "Name,Street,City,State,Zip,Country\nAnn Lee,1 Main St,San Jose,CA,95113,US\n"
                + "Bo Chen,2 Elm Ave,Fresno,CA,93650,US\n", StandardCharsets.UTF_8);
        s.rosterImporter().importFile(csv, new CsvFormat(StandardCharsets.UTF_8, 0, ','),
                MappingSuggester.suggest(List.of("Name", "Street", "City", "State", "Zip", "Country")), ImportListener.NONE);
        var template = LetterFixtures.CATALOG.require("us-ca-individual");
        if (kind == BatchKind.FINAL) {
            s.review().create(template);
            s.review().submit(template.id(), null);
            s.review().approve(template.id(), "Iryna Melnyk", "counsel");
        }
        var facts = s.letters().facts(LetterFixtures.organization(), LetterFixtures.incident(), LetterFixtures.population());
        try (PdfLetterRenderer renderer = new PdfLetterRenderer()) {
            LetterBatchGenerator generator = new LetterBatchGenerator(renderer, s.letters().store(),
                    new LetterDataBuilder(facts), new LetterComposer(LetterFixtures.organization(),
                    LetterFixtures.RULES.fingerprint()), s.review().approvalCheck(), clock);
            BatchResult result = generator.run(new LetterBatchGenerator.Plan(dir.resolve("out"), new FixedTemplate(template),
                    new RosterRecipients(s.roster()), RecipientFilter.ALL, kind, LetterFixtures.LETTER_DATE, true, 100, 1),
                    p -> { }, new AtomicBoolean());
            assertThat(result.letters()).isEqualTo(2);
        }
        return s;
    }

    private long batchId(CaseSession s) {
        return s.letters().store().batches().get(0).id();
    }

    @Test
    void markingAFinalBatchSentMovesItsPeopleToSentAndKeepsTheEvidence() throws Exception {
        try (CaseSession s = caseWithBatch(BatchKind.FINAL)) {
            NoticeDelivery.BatchSent result = s.delivery().markBatchSent(batchId(s), sentAt, SendChannel.POST, "PO-77",
                    Optional.of(new NoticeDelivery.Evidence("mailing-house.pdf", receipt)));
            assertThat(result.letters()).isEqualTo(2);
            assertThat(result.statusUnchanged()).isZero();
            assertThat(s.roster().page(RosterFilter.ALL, 0, 10)).extracting(Person::notificationStatus)
                    .containsOnly(NotificationStatus.SENT);
        }
        try (CaseSession s = CaseSession.open(dir.resolve("case.breachcase"), "tester", clock)) {
            SentNotice n = s.delivery().sent().get(0);
            assertThat(n.batchId()).hasValue(batchId(s));
            assertThat(n.sentAt()).isEqualTo(sentAt);
            assertThat(n.channel()).isEqualTo(SendChannel.POST);
            assertThat(n.reference()).isEqualTo("PO-77");
            assertThat(n.people()).isEqualTo(2L);
            assertThat(n.recordedBy()).isEqualTo("tester");
            assertThat(n.evidence()).get().satisfies(e -> {
                assertThat(e.name()).isEqualTo("mailing-house.pdf");
                assertThat(e.size()).isEqualTo(receipt.length);
                assertThat(e.sha256()).isEqualTo(NoticeDelivery.sha256(receipt));
            });
            assertThat(s.verifyAudit().intact()).isTrue();
        }
    }

    @Test
    void aDraftBatchCannotBeMarkedSent() throws Exception {
        try (CaseSession s = caseWithBatch(BatchKind.DRAFT)) {
            assertThatThrownBy(() -> s.delivery().markBatchSent(batchId(s), sentAt, SendChannel.POST, null, Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a DRAFT batch");
            assertThat(s.roster().page(RosterFilter.ALL, 0, 10)).extracting(Person::notificationStatus)
                    .containsOnly(NotificationStatus.PENDING);
            assertThat(s.delivery().sent()).isEmpty();
        }
    }

    @Test
    void aNoticeCannotBeMarkedSentInTheFuture() throws Exception {
        try (CaseSession s = caseWithBatch(BatchKind.FINAL)) {
            MomentInZone tomorrow = new MomentInZone(clock.instant().plus(Duration.ofDays(1)), ZoneId.of("UTC"));
            assertThatThrownBy(() -> s.delivery().markBatchSent(batchId(s), tomorrow, SendChannel.POST, null,
                    Optional.empty())).hasMessageContaining("in the future");
        }
    }

    @Test
    void evidenceExportsByteForByte() throws Exception {
        try (CaseSession s = caseWithBatch(BatchKind.FINAL)) {
            s.delivery().markBatchSent(batchId(s), sentAt, SendChannel.POST, null,
                    Optional.of(new NoticeDelivery.Evidence("receipt.pdf", receipt)));
            long id = s.delivery().evidence().get(0).id();
            Path out = s.delivery().exportEvidence(id, dir.resolve("copy.pdf"));
            assertThat(Files.readAllBytes(out)).isEqualTo(receipt);
        }
    }

    @Test
    void aReplacedReceiptBreaksTheAuditCheck() throws Exception {
        try (CaseSession s = caseWithBatch(BatchKind.FINAL)) {
            s.delivery().markBatchSent(batchId(s), sentAt, SendChannel.POST, null,
                    Optional.of(new NoticeDelivery.Evidence("receipt.pdf", receipt)));
            s.file().read(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("DROP TRIGGER evidence_file_no_update");
                    return st.executeUpdate("UPDATE evidence_file SET content = x'00'");
                }
            });
            assertThat(s.verifyAudit().intact()).isFalse();
            assertThat(s.verifyAudit().problem()).contains("evidence/");
        }
    }

    @Test
    void refusesAMissingEvidenceFileBeforeWritingAnything() {
        assertThatThrownBy(() -> NoticeDelivery.Evidence.read(dir.resolve("nope.pdf")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
    }

    @Test
    void markingARegulatorNoticeSentRecordsItAsDoneWithItsEvidence() throws Exception {
        Path file = dir.resolve("demo.breachcase");
        DemoCase.create(file, "tester", clock).close();
        ObligationKey key = new ObligationKey("eu-eprivacy-611-initial", "PL");
        try (CaseSession s = CaseSession.open(file, "tester", clock)) {
            var assessments = s.assessments(new Assessor(pack, new HolidayCalendars(), clock));
            SentNotice n = s.delivery().markObligationSent(assessments, key, sentAt, SendChannel.PORTAL,
                    "UODO-2026-118", Optional.of(new NoticeDelivery.Evidence("uodo-receipt.pdf", receipt)));
            assertThat(n.obligation()).hasValue(key);
        }
        try (CaseSession s = CaseSession.open(file, "tester", clock)) {
            var done = s.obligations().completions().get(key);
            assertThat(done.doneAt()).isEqualTo(sentAt.instant());
            assertThat(done.channel()).isEqualTo("portal");
            assertThat(done.reference()).isEqualTo("UODO-2026-118");
            assertThat(s.delivery().sent()).singleElement()
                    .satisfies(x -> assertThat(x.evidence()).get().extracting(EvidenceFile::name).isEqualTo("uodo-receipt.pdf"));
            assertThat(s.verifyAudit().intact()).isTrue();
        }
    }

    @Test
    void aRefusedRegulatorNoticeLeavesNothingBehind() throws Exception {
        Path file = dir.resolve("demo.breachcase");
        DemoCase.create(file, "tester", clock).close();
        try (CaseSession s = CaseSession.open(file, "tester", clock)) {
            var assessments = s.assessments(new Assessor(pack, new HolidayCalendars(), clock));
            assertThatThrownBy(() -> s.delivery().markObligationSent(assessments, new ObligationKey("no-such-rule", "PL"),
                    sentAt, SendChannel.PORTAL, null, Optional.of(new NoticeDelivery.Evidence("r.pdf", receipt))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no obligation");
            assertThat(s.delivery().evidence()).isEmpty();
            assertThat(s.delivery().sent()).isEmpty();
        }
    }
}
