package com.breachdesk.risk;

import com.breachdesk.vocabulary.Coded;

/** GDPR-style risk to the rights and freedoms of the people affected, in increasing order. */
public enum RiskLevel implements Coded {
    UNLIKELY("unlikely", "Unlikely to result in a risk"),
    RISK("risk", "Likely to result in a risk"),
    HIGH("high", "Likely to result in a high risk");

    private final String id;
    private final String label;

    RiskLevel(String id, String label) {
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

    public boolean atLeast(RiskLevel other) {
        return compareTo(other) >= 0;
    }
}
