package com.breachdesk.incident;

import com.breachdesk.vocabulary.Coded;

/** Which security property was breached (a breach can be more than one). */
public enum BreachNature implements Coded {
    CONFIDENTIALITY("confidentiality", "Confidentiality"),
    INTEGRITY("integrity", "Integrity"),
    AVAILABILITY("availability", "Availability");

    private final String id;
    private final String label;

    BreachNature(String id, String label) {
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
