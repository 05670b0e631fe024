package com.breachdesk.letters.batch;

/** Decides the template of each group of recipients: one fixed template, or chosen per jurisdiction and language. */
public interface TemplateAssignment {

    /** What recipients resident in {@code jurisdiction} ("" = unknown) who read {@code language} get. */
    TemplateDecision decide(String jurisdiction, String language);

    /** How the batch names its template choice ("auto" or a template id). */
    String label();
}
