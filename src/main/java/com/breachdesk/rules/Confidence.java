package com.breachdesk.rules;

import com.breachdesk.vocabulary.Coded;

/** How well a rule was checked against its source. */
public enum Confidence implements Coded {
    VERIFIED("verified", "Verified against the primary text"),
    LIKELY("likely", "From reliable secondary sources"),
    UNVERIFIED("unverified", "Uncertain: sources disagree or are stale");

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
}
