package com.breachdesk.letters.batch;

import com.breachdesk.letters.data.LetterRecipient;

import java.util.Optional;

/** Decides each recipient's template: one fixed template, or chosen per jurisdiction and language. */
public interface TemplateAssignment {

    /** The assignment, or empty with {@link #whyNot} explaining it. */
    Optional<Assignment> assign(LetterRecipient recipient);

    /** Why {@code recipient} has no template. */
    String whyNot(LetterRecipient recipient);

    /** How the batch names its template choice ("auto" or a template id). */
    String label();
}
