package com.breachdesk.ui.review;

import com.breachdesk.letters.batch.AssessedNotices;
import com.breachdesk.letters.batch.Assignment;
import com.breachdesk.letters.batch.AutoTemplates;
import com.breachdesk.letters.batch.BatchKind;
import com.breachdesk.letters.batch.BatchResult;
import com.breachdesk.letters.batch.LetterBatchGenerator;
import com.breachdesk.letters.batch.RecipientFilter;
import com.breachdesk.letters.batch.RosterRecipients;
import com.breachdesk.letters.batch.TemplateAssignment;
import com.breachdesk.letters.batch.TemplateDecision;
import com.breachdesk.letters.compose.LetterComposer;
import com.breachdesk.letters.data.CaseFacts;
import com.breachdesk.letters.data.LetterDataBuilder;
import com.breachdesk.letters.data.RulePackCatalog;
import com.breachdesk.letters.pdf.PdfLetterRenderer;
import com.breachdesk.letters.template.Audience;
import com.breachdesk.letters.template.TemplateCatalog;
import com.breachdesk.letters.template.TemplateSelector;
import com.breachdesk.obligations.Assessment;
import com.breachdesk.population.AffectedPopulation;
import com.breachdesk.session.CaseSession;
import com.breachdesk.ui.obligations.AssessorProvider;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A FINAL batch of one approved template, run from the Review view: to the roster people whose pending notice the
 * rules engine assigns this template (the Letters step's choice), everyone else left out and kept pending. Goes
 * through the same generator and approval check as the letters command; the check swaps in the approved words.
 */
final class FinalLetterBatch {

    private FinalLetterBatch() {
    }

    static BatchResult run(CaseSession session, TemplateCatalog catalog, AssessorProvider assessors, String templateId,
                           Path outDir, Clock clock, AtomicBoolean cancel) throws IOException {
        session.review().approved(templateId).orElseThrow(() -> new IllegalArgumentException(
                templateId + " has no approved draft yet: submit it and have it approved first"));
        var template = catalog.require(templateId);
        if (template.header().audience() != Audience.INDIVIDUAL) {
            throw new IllegalArgumentException(templateId + " is a notice to " + template.header().audience().label()
                    + ", written per obligation: use ./breachdesk regulator-notice … --final for it");
        }
        AffectedPopulation population = session.letterPopulation(null);
        Assessment assessment = session.assessForLetters(assessors.get(), population);
        CaseFacts facts = session.letters().facts(population);
        RulePackCatalog rules = RulePackCatalog.of(assessors.pack(), LocalDate.now(clock));
        TemplateAssignment only = onlyTemplate(new AutoTemplates(new TemplateSelector(catalog),
                new AssessedNotices(assessment)), templateId);
        try (PdfLetterRenderer renderer = new PdfLetterRenderer()) {
            LetterBatchGenerator generator = new LetterBatchGenerator(renderer, session.letters().store(),
                    new LetterDataBuilder(facts), new LetterComposer(facts.organization(), rules.fingerprint()),
                    session.review().approvalCheck(), clock);
            LetterBatchGenerator.Plan plan = new LetterBatchGenerator.Plan(outDir, only,
                    new RosterRecipients(session.roster()), RecipientFilter.ALL, BatchKind.FINAL, null, true, 10_000,
                    Runtime.getRuntime().availableProcessors());
            return generator.run(plan, p -> { }, cancel);
        }
    }

    /** The automatic choice, narrowed to the people it gives {@code templateId}; the others wait for their own batch. */
    static TemplateAssignment onlyTemplate(TemplateAssignment auto, String templateId) {
        return new TemplateAssignment() {
            @Override
            public TemplateDecision decide(String jurisdiction, String language) {
                TemplateDecision d = auto.decide(jurisdiction, language);
                if (d instanceof Assignment a && !a.template().id().equals(templateId)) {
                    return new TemplateDecision.LeftOut("they get " + a.template().id() + " (its own final batch)");
                }
                return d;
            }

            @Override
            public String label() {
                return templateId;
            }
        };
    }
}
