package com.breachdesk.incident;

import com.breachdesk.vocabulary.Coded;

/** Where the response stands. */
public enum IncidentStatus implements Coded {
    OPEN("open", "Open"),
    CONTAINED("contained", "Contained"),
    CLOSED("closed", "Closed");

    private final String id;
    private final String label;

    IncidentStatus(String id, String label) {
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
