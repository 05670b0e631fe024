package com.breachdesk.risk;

import com.breachdesk.vocabulary.Coded;

/** ENISA (2013) ease of identification: how easily the people can be identified from the breached data. */
public enum EaseOfIdentification implements Coded {
    NEGLIGIBLE("negligible", "Negligible: practically impossible to identify anyone", 0.25),
    LIMITED("limited", "Limited: possible only with much extra effort or data", 0.5),
    SIGNIFICANT("significant", "Significant: identifiable with some extra data", 0.75),
    MAXIMUM("maximum", "Maximum: the data identifies people directly", 1.0);

    private final String id;
    private final String label;
    private final double factor;

    EaseOfIdentification(String id, String label, double factor) {
        this.id = id;
        this.label = label;
        this.factor = factor;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    public double factor() {
        return factor;
    }
}
