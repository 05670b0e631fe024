package com.breachdesk.report;

import com.breachdesk.vocabulary.Coded;

/** The full timeline report for managers, or the one-page status for executives. */
public enum ReportVariant implements Coded {
    FULL("full", "Full timeline report"),
    STATUS("status", "One-page status");

    private final String id;
    private final String label;

    ReportVariant(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }
}
