package com.breachdesk.letters.batch;

import com.breachdesk.letters.template.LetterTemplate;

import java.util.Optional;

/**
 * Whether a template version may be used for a FINAL batch. Legal review (a separate capability) supplies the
 * real check; until it exists, {@link #NO_REVIEW_YET} refuses every final batch, so only DRAFT letters can be made.
 */
@FunctionalInterface
public interface ApprovalCheck {

    /** Why {@code template} may not be used in a final batch; empty when it may. */
    Optional<String> refusal(LetterTemplate template);

    ApprovalCheck NO_REVIEW_YET = template -> Optional.of(template.header().label()
            + " has no legal approval (template review is not available yet); generate a DRAFT batch");
}
