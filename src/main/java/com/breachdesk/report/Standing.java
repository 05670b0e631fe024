package com.breachdesk.report;

/** Where a notice stands against its deadline at the report's "as of" moment. */
public enum Standing {
    MET("Met"),
    LATE("Met late"),
    MISSED("Missed"),
    PENDING("Pending"),
    NEEDS_INFORMATION("Needs information");

    private final String label;

    Standing(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean done() {
        return this == MET || this == LATE;
    }
}
