package com.breachdesk.jurisdiction;

import com.breachdesk.vocabulary.Coded;

/**
 * How far a resolved jurisdiction can be trusted. HIGH: named in the address (or set by hand). MEDIUM:
 * derived (a ZIP prefix, a state named without its country). LOW: the phone number's country, which says
 * where the number was issued, not where the person lives.
 */
public enum Confidence implements Coded {
    HIGH("high", "High"),
    MEDIUM("medium", "Medium"),
    LOW("low", "Low"),
    NONE("none", "None");

    private final String id;
    private final String label;

    Confidence(String id, String label) {
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

    public boolean betterThan(Confidence other) {
        return ordinal() < other.ordinal();
    }
}
