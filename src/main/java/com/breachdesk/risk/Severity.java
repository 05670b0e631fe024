package com.breachdesk.risk;

import com.breachdesk.vocabulary.Coded;

/** ENISA (2013) severity bands: low below 2, medium 2 to below 3, high 3 to below 4, very high 4 and above. */
public enum Severity implements Coded {
    LOW("low", "Low"),
    MEDIUM("medium", "Medium"),
    HIGH("high", "High"),
    VERY_HIGH("very_high", "Very high");

    private final String id;
    private final String label;

    Severity(String id, String label) {
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
