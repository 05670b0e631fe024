package com.breachdesk.letters.batch;

/**
 * DRAFT batches are stamped DRAFT on every page and may use any template. FINAL batches are what gets mailed:
 * every template they use must pass the {@link ApprovalCheck} (legal review).
 */
public enum BatchKind {
    DRAFT, FINAL
}
