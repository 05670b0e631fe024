package com.breachdesk.incident;

import com.breachdesk.vocabulary.Coded;

/** Whether the breach was malicious or accidental. */
public enum Intent implements Coded {
    MALICIOUS("malicious", "Malicious"),
    ACCIDENTAL("accidental", "Accidental"),
    UNKNOWN("unknown", "Not yet known");

    private final String id;
    private final String label;

    Intent(String id, String label) {
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
