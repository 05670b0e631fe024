package com.breachdesk.review;

import com.breachdesk.letters.LetterFixtures;
import com.breachdesk.letters.batch.BatchKind;
import com.breachdesk.letters.batch.BatchResult;
import com.breachdesk.letters.batch.FixedTemplate;
import com.breachdesk.letters.batch.LetterBatchGenerator;
import com.breachdesk.letters.batch.LetterBatchRefused;
import com.breachdesk.letters.batch.RecipientFilter;
import com.breachdesk.letters.batch.SyntheticRecipients;
import com.breachdesk.letters.compose.LetterComposer;
import com.breachdesk.letters.data.LetterDataBuilder;
import com.breachdesk.letters.pdf.PdfLetterRenderer;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestClock;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.breachdesk.review.ReviewFixture.CA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Final letters print only what legal approved, and say which approved version in the manifest. */
class FinalBatchApprovalTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-05T09:00:00Z");
    private CaseSession session;
    private PdfLetterRenderer renderer;
    private LetterBatchGenerator generator;

    @BeforeEach
    void setUp() throws Exception {
        session = CaseSession.create(dir.resolve("case.breachcase"), "Test", LetterFixtures.organization(), "Tester", clock);
        session.letters().noticeFacts().set(LetterFixtures.noticeFacts());
        var facts = session.letters().facts(LetterFixtures.organization(), LetterFixtures.incident(),
                LetterFixtures.population());
        renderer = new PdfLetterRenderer();
        generator = new LetterBatchGenerator(renderer, session.letters().store(), new LetterDataBuilder(facts),
                new LetterComposer(LetterFixtures.organization(), LetterFixtures.RULES.fingerprint()),
                session.review().approvalCheck(), clock);
    }

    @AfterEach
    void tearDown() {
        renderer.close();
        session.close();
    }

    private BatchResult finalBatch(Path out) throws Exception {
        LetterBatchGenerator.Plan plan = new LetterBatchGenerator.Plan(out,
                new FixedTemplate(ReviewFixture.template(CA)), new SyntheticRecipients(2, "US-CA"),
                RecipientFilter.ALL, BatchKind.FINAL, LetterFixtures.LETTER_DATE, true, 100, 1);
        return generator.run(plan, p -> { }, new AtomicBoolean());
    }

    private static List<Map<String, String>> manifest(Path file) throws Exception {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return it.readAll();
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void refusesAFinalBatchWithATemplateThatHasNoDraftAndNamesIt() {
        assertThatThrownBy(() -> finalBatch(dir.resolve("out"))).isInstanceOf(LetterBatchRefused.class)
                .hasMessageContaining("us-ca-individual needs legal approval: this case has no draft of it");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void refusesAFinalBatchWhileTheDraftIsOnlyInReview() {
        session.review().create(ReviewFixture.template(CA));
        session.review().submit(CA, null);
        assertThatThrownBy(() -> finalBatch(dir.resolve("out"))).isInstanceOf(LetterBatchRefused.class)
                .hasMessageContaining("us-ca-individual draft v1 is in review and no version is approved yet");
    }

    @Test
    void finalLettersPrintTheApprovedWordsAndTheManifestNamesTheApprovedVersion() throws Exception {
        LegalReview review = session.review();
        review.create(ReviewFixture.template(CA));
        review.edit(CA, ReviewFixture.reworded(review.version(CA, 1).text(), "Approved wording here."), null);
        review.submit(CA, null);
        Approval approval = review.approve(CA, "Iryna Melnyk", "counsel");

        BatchResult result = finalBatch(dir.resolve("out"));

        List<Map<String, String>> rows = manifest(result.manifest());
        assertThat(rows).hasSize(2).allSatisfy(row -> {
            assertThat(row.get("template_id")).isEqualTo(CA);
            assertThat(row.get("draft_version")).isEqualTo("2");
            assertThat(row.get("draft_sha256")).isEqualTo(approval.sha256());
        });
        String letter = text(result.batchDir().resolve(rows.get(0).get("file")));
        assertThat(letter).contains("Approved wording here.").doesNotContain("DRAFT");
    }

    @Test
    void aNewerUnapprovedEditDoesNotReachFinalLetters() throws Exception {
        LegalReview review = session.review();
        review.create(ReviewFixture.template(CA));
        review.submit(CA, null);
        review.approve(CA, "Iryna Melnyk", "counsel");
        review.edit(CA, ReviewFixture.reworded(review.version(CA, 1).text(), "Unapproved words."), null);

        BatchResult result = finalBatch(dir.resolve("out"));

        List<Map<String, String>> rows = manifest(result.manifest());
        assertThat(rows).allSatisfy(row -> assertThat(row.get("draft_version")).isEqualTo("1"));
        assertThat(text(result.batchDir().resolve(rows.get(0).get("file")))).doesNotContain("Unapproved words.");
    }

    @Test
    void theBatchRecordInTheAuditTrailNamesTheApprovedDraft() throws Exception {
        LegalReview review = session.review();
        review.create(ReviewFixture.template(CA));
        review.submit(CA, null);
        Approval approval = review.approve(CA, "Iryna Melnyk", "counsel");
        finalBatch(dir.resolve("out"));
        assertThat(session.allAudit()).anySatisfy(e -> assertThat(e.change().newValue())
                .startsWith("complete:").contains("approved drafts: us-ca-individual draft v1 sha256 " + approval.sha256()));
    }
}
