package com.breachdesk.incident;

import com.breachdesk.vocabulary.Coded;

/** Whether data left the organization. */
public enum Exfiltration implements Coded {
    CONFIRMED("confirmed", "Confirmed"),
    RULED_OUT("ruled_out", "Ruled out"),
    UNKNOWN("unknown", "Unknown");

    private final String id;
    private final String label;

    Exfiltration(String id, String label) {
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
