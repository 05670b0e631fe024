package com.breachdesk.letters.batch;

import com.breachdesk.letters.LetterFixtures;
import com.breachdesk.letters.compose.LetterComposer;
import com.breachdesk.letters.data.LetterDataBuilder;
import com.breachdesk.letters.pdf.PdfLetterRenderer;
import com.breachdesk.letters.template.TemplateSelector;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestClock;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** A case file with the fixture organization and a generator over it, for batch tests. */
final class BatchFixture implements AutoCloseable {

    final TestClock clock = TestClock.at("2026-03-05T09:00:00Z");
    final CaseSession session;
    final PdfLetterRenderer renderer = new PdfLetterRenderer();
    final LetterBatchGenerator generator;

    BatchFixture(Path dir) throws Exception {
        session = CaseSession.create(dir.resolve("case.breachcase"), "Test", LetterFixtures.organization(), "Tester", clock);
        session.letters().noticeFacts().set(LetterFixtures.noticeFacts());
        var facts = session.letters().facts(LetterFixtures.organization(), LetterFixtures.incidentWithSsn(),
                LetterFixtures.batchPopulation());
        generator = new LetterBatchGenerator(renderer, session.letters().store(), new LetterDataBuilder(facts),
                new LetterComposer(LetterFixtures.organization(), LetterFixtures.RULES.fingerprint()),
                ApprovalCheck.NO_REVIEW_YET, clock);
    }

    static TemplateAssignment auto() {
        return new AutoTemplates(new TemplateSelector(LetterFixtures.CATALOG),
                new AssessedNotices(LetterFixtures.batchAssessment()));
    }

    /** A batch of {@code letters} letters: synthetic people (some left out: no notice required in Ukraine), limited. */
    static LetterBatchGenerator.Plan plan(Path out, long letters, int volumeSize) {
        return new LetterBatchGenerator.Plan(out, auto(), new SyntheticRecipients(letters * 2),
                new RecipientFilter(null, letters), BatchKind.DRAFT, LocalDate.of(2026, 3, 5), true, volumeSize, 2);
    }

    BatchResult run(LetterBatchGenerator.Plan plan) throws Exception {
        return generator.run(plan, p -> { }, new AtomicBoolean());
    }

    BatchResult run(LetterBatchGenerator.Plan plan, Consumer<BatchProgress> listener, AtomicBoolean cancel) throws Exception {
        return generator.run(plan, listener, cancel);
    }

    @Override
    public void close() {
        renderer.close();
        session.close();
    }
}
