package com.breachdesk.review;

import com.breachdesk.letters.batch.ApprovalCheck;
import com.breachdesk.letters.template.LetterTemplate;

import java.util.Locale;
import java.util.Optional;

/**
 * The letters' approval check backed by the case's legal review: a final letter with a template prints the case's
 * approved draft of that template (parsed from exactly the approved words), or is refused with the template named.
 */
public final class ReviewApprovals implements ApprovalCheck {

    private final LegalReview review;

    ReviewApprovals(LegalReview review) {
        this.review = review;
    }

    @Override
    public Approval approval(LetterTemplate template) {
        Optional<Draft> draft = review.draft(template.id());
        if (draft.isEmpty()) {
            return new Refused(template.id() + " needs legal approval: this case has no draft of it. Create a draft "
                    + "from the template, submit it and have it approved, or generate a DRAFT batch.");
        }
        Optional<ApprovedDraft> approved = review.approved(template.id());
        if (approved.isEmpty()) {
            return new Refused(template.id() + " needs legal approval: " + draft.get().label() + " is "
                    + draft.get().state().label().toLowerCase(Locale.ROOT) + " and no version is approved yet.");
        }
        DraftVersion v = approved.get().version();
        String sha = TextDigest.sha256(v.text());
        if (!sha.equals(approved.get().approval().sha256())) {
            return new Refused(v.label() + " no longer has the words that were approved (SHA-256 differs); "
                    + "the case file was changed outside Breachdesk. Check the audit trail.");
        }
        LetterTemplate text = LetterTemplate.parse(v.text(), v.label() + " (approved)", template.origin());
        return new Approved(text, v.version(), sha);
    }
}
