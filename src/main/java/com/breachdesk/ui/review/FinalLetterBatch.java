package com.breachdesk.ui.review;

import com.breachdesk.letters.batch.BatchKind;
import com.breachdesk.letters.batch.BatchResult;
import com.breachdesk.letters.batch.FixedTemplate;
import com.breachdesk.letters.batch.LetterBatchGenerator;
import com.breachdesk.letters.batch.RecipientFilter;
import com.breachdesk.letters.batch.RosterRecipientSource;
import com.breachdesk.letters.compose.LetterComposer;
import com.breachdesk.letters.data.CaseFacts;
import com.breachdesk.letters.data.LetterDataBuilder;
import com.breachdesk.letters.data.ShippedRuleCatalog;
import com.breachdesk.letters.pdf.PdfLetterRenderer;
import com.breachdesk.letters.template.LetterTemplate;
import com.breachdesk.letters.template.TemplateCatalog;
import com.breachdesk.review.ApprovedDraft;
import com.breachdesk.session.CaseSession;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A FINAL batch of one approved template to everyone in the roster, run from the Review view. Goes through the
 * same generator and approval check as the letters command; the check swaps in the approved words.
 */
final class FinalLetterBatch {

    private FinalLetterBatch() {
    }

    static BatchResult run(CaseSession session, TemplateCatalog catalog, String templateId, Path outDir, Clock clock,
                           AtomicBoolean cancel) throws IOException {
        ApprovedDraft approved = session.review().approved(templateId).orElseThrow(() -> new IllegalArgumentException(
                templateId + " has no approved draft yet: submit it and have it approved first"));
        // The catalog's template when it still exists (the approval check replaces its words); else the draft's own.
        LetterTemplate template = catalog.find(templateId).orElseGet(() -> LetterTemplate.parse(
                approved.version().text(), approved.version().label(), LetterTemplate.Origin.USER));
        CaseFacts facts = session.letters().facts(session.affectedPopulation());
        ShippedRuleCatalog rules = ShippedRuleCatalog.load(LocalDate.now(clock));
        try (PdfLetterRenderer renderer = new PdfLetterRenderer()) {
            LetterBatchGenerator generator = new LetterBatchGenerator(renderer, session.letters().store(),
                    new LetterDataBuilder(facts), new LetterComposer(facts.organization(), rules.fingerprint()),
                    session.review().approvalCheck(), clock);
            LetterBatchGenerator.Plan plan = new LetterBatchGenerator.Plan(outDir, new FixedTemplate(template),
                    new RosterRecipientSource(session.roster()), RecipientFilter.ALL, BatchKind.FINAL, null, true, 10_000,
                    Runtime.getRuntime().availableProcessors());
            return generator.run(plan, p -> { }, cancel);
        }
    }
}
