package com.breachdesk.letters.store;

import com.breachdesk.delivery.SendChannel;
import com.breachdesk.letters.LetterFixtures;
import com.breachdesk.letters.batch.AssessedNotices;
import com.breachdesk.letters.batch.AutoTemplates;
import com.breachdesk.letters.batch.BatchKind;
import com.breachdesk.letters.batch.BatchResult;
import com.breachdesk.letters.batch.LetterBatchGenerator;
import com.breachdesk.letters.batch.RecipientFilter;
import com.breachdesk.letters.batch.RosterRecipients;
import com.breachdesk.letters.compose.LetterComposer;
import com.breachdesk.letters.data.LetterDataBuilder;
import com.breachdesk.letters.pdf.PdfLetterRenderer;
import com.breachdesk.letters.template.TemplateSelector;
import com.breachdesk.roster.NotificationStatus;
import com.breachdesk.roster.Person;
import com.breachdesk.roster.PersonField;
import com.breachdesk.roster.RosterFilter;
import com.breachdesk.rosterimport.CsvFormat;
import com.breachdesk.rosterimport.ImportListener;
import com.breachdesk.rosterimport.MappingSuggester;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestClock;
import com.breachdesk.time.MomentInZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Notification status moved by letter batches: generated on completion, sent when legal marks the batch sent. */
class BatchNotificationsTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-05T09:00:00Z");
    private CaseSession session;
    private PdfLetterRenderer renderer;

    @BeforeEach
    void caseWithRoster() throws Exception {
        session = CaseSession.create(dir.resolve("case.breachcase"), "Test", LetterFixtures.organization(), "Tester", clock);
        session.incident().setAll(LetterFixtures.incidentWithSsn().values());
        session.letters().noticeFacts().set(LetterFixtures.noticeFacts());
        Path csv = dir.resolve("crm.csv");
        Files.writeString(csv, "Name,Street,City,State,ZIP,Country,Categories\n"
                + "Jo Smith,1 Main St,San Jose,CA,95113,US,name;ssn\nBo Chen,3 Oak St,Los Angeles,CA,90001,US,name;ssn\n"
                + "Cy Doe,4 Pine St,Fresno,CA,93650,US,name;ssn\n", StandardCharsets.UTF_8);
        session.rosterImporter().importFile(csv, new CsvFormat(StandardCharsets.UTF_8, 0, ','), MappingSuggester.suggest(
                List.of("Name", "Street", "City", "State", "ZIP", "Country", "Categories")), ImportListener.NONE);
        renderer = new PdfLetterRenderer();
    }

    @AfterEach
    void close() {
        renderer.close();
        session.close();
    }

    /** A batch from the roster; {@code approved} stands in for legal review, which supplies the real check. */
    private BatchResult batch(BatchKind kind) throws Exception {
        var population = session.affectedPopulation();
        var facts = session.letters().facts(population);
        var templates = new AutoTemplates(new TemplateSelector(LetterFixtures.CATALOG), new AssessedNotices(
                session.assessForLetters(new com.breachdesk.obligations.Assessor(LetterFixtures.RULE_PACK,
                        new com.breachdesk.deadline.HolidayCalendars(), clock), population)));
        var generator = new LetterBatchGenerator(renderer, session.letters().store(), new LetterDataBuilder(facts),
                new LetterComposer(facts.organization(), LetterFixtures.RULES.fingerprint()), t -> new com.breachdesk.letters.batch.ApprovalCheck.Approved(t, 1, "0".repeat(64)), clock);
        return generator.run(new LetterBatchGenerator.Plan(dir.resolve(kind.name()), templates,
                new RosterRecipients(session.roster()), RecipientFilter.ALL, kind, LetterFixtures.LETTER_DATE, true, 100, 2),
                p -> { }, new AtomicBoolean());
    }

    private MomentInZone sentAt() {
        return new MomentInZone(Instant.parse("2026-03-05T08:00:00Z"), ZoneId.of("Europe/Kyiv"));
    }

    private List<NotificationStatus> statuses() {
        return session.roster().page(RosterFilter.ALL, 0, 10).stream().map(Person::notificationStatus).toList();
    }

    @Test
    void markingAFinalBatchSentMovesItsPeopleToSentWithOneAuditEntry() throws Exception {
        BatchResult result = batch(BatchKind.FINAL);
        int before = session.allAudit().size();
        var sent = session.delivery().markBatchSent(result.batchId(), sentAt(), SendChannel.POST, null, Optional.empty());
        assertEquals(3, sent.notice().people());
        assertThat(statuses()).containsOnly(NotificationStatus.SENT);
        // One entry moves the statuses (with counts, not one per person), one records the notice itself.
        assertThat(session.allAudit()).hasSize(before + 2);
        assertThat(session.latestAudit(2).get(1).change().newValue()).contains("3 people letter_generated \u2192 sent");
        assertThat(session.verifyAudit().intact()).isTrue();
    }

    @Test
    void aDraftBatchCannotBeMarkedSent() throws Exception {
        BatchResult result = batch(BatchKind.DRAFT);
        assertThatThrownBy(() -> session.delivery().markBatchSent(result.batchId(), sentAt(), SendChannel.POST, null,
                Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DRAFT");
        assertThat(statuses()).containsOnly(NotificationStatus.PENDING);
    }

    @Test
    void aStatusSetByHandIsAuditedPersonByPersonSoTheTrailStillVerifies() throws Exception {
        long id = session.roster().page(RosterFilter.ALL, 0, 1).get(0).id();
        session.roster().edit(id, PersonField.NOTIFICATION_STATUS, "undeliverable");
        session.roster().edit(id, PersonField.NOTIFICATION_STATUS, "pending");
        batch(BatchKind.FINAL);
        assertThat(session.roster().find(id).orElseThrow().notificationStatus()).isEqualTo(NotificationStatus.LETTER_GENERATED);
        assertThat(session.allAudit()).anySatisfy(e -> {
            assertThat(e.change().entityId()).isEqualTo(Long.toString(id));
            assertThat(e.change().newValue()).isEqualTo("letter_generated");
        });
        assertThat(session.verifyAudit().intact()).isTrue();
    }

    @Test
    void aCancelledBatchLeavesEveryoneWhereTheyWere() throws Exception {
        var population = session.affectedPopulation();
        var facts = session.letters().facts(population);
        var generator = new LetterBatchGenerator(renderer, session.letters().store(), new LetterDataBuilder(facts),
                new LetterComposer(facts.organization(), LetterFixtures.RULES.fingerprint()), t -> new com.breachdesk.letters.batch.ApprovalCheck.Approved(t, 1, "0".repeat(64)), clock);
        AtomicBoolean cancel = new AtomicBoolean();
        generator.run(new LetterBatchGenerator.Plan(dir.resolve("c"),
                new com.breachdesk.letters.batch.FixedTemplate(LetterFixtures.CATALOG.require("us-ca-individual")),
                new RosterRecipients(session.roster()), RecipientFilter.ALL, BatchKind.DRAFT, LetterFixtures.LETTER_DATE,
                true, 100, 1), p -> cancel.set(true), cancel);
        assertThat(statuses()).containsOnly(NotificationStatus.PENDING);
    }
}
