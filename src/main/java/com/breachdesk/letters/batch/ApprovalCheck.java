package com.breachdesk.letters.batch;

import com.breachdesk.letters.template.LetterTemplate;

import java.util.Optional;

/**
 * Whether a template may be used for a FINAL batch, and with which words. Legal review supplies the real check
 * ({@code com.breachdesk.review.ReviewApprovals}): a final letter prints the case's approved draft of the template,
 * and the manifest names that draft's version and hash. {@link #NO_REVIEW_YET} refuses every final batch, for
 * callers that only make DRAFT letters (benchmarks, template previews).
 */
@FunctionalInterface
public interface ApprovalCheck {

    /** What a final letter with {@code template} prints: an approved text, or why it may not be used. */
    Approval approval(LetterTemplate template);

    /** Why {@code template} may not be used in a final batch; empty when it may. */
    default Optional<String> refusal(LetterTemplate template) {
        return approval(template) instanceof Refused r ? Optional.of(r.reason()) : Optional.empty();
    }

    /** The answer of the check. */
    sealed interface Approval permits Approved, Refused {
    }

    /**
     * The template to print instead of the catalog's (parsed from the approved draft's text), the draft version
     * and the SHA-256 of the approved text.
     */
    record Approved(LetterTemplate template, int draftVersion, String sha256) implements Approval {
    }

    /** Not approved; {@code reason} names the template and what to do. */
    record Refused(String reason) implements Approval {
    }

    ApprovalCheck NO_REVIEW_YET = template -> new Refused(template.header().label()
            + " has no legal approval here; generate a DRAFT batch");
}
