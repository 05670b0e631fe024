package com.breachdesk.jurisdiction;

import com.breachdesk.vocabulary.Coded;

/** How a person's jurisdiction was found; shown next to every resolved person so a reviewer can judge it. */
public enum ResolutionMethod implements Coded {
    ADDRESS("address", "Country / state from the address"),
    POSTAL_CODE("postal_code", "State from the postal code"),
    PHONE("phone", "Country from the phone number"),
    MANUAL("manual", "Set by hand"),
    UNRESOLVED("unresolved", "Not resolved");

    private final String id;
    private final String label;

    ResolutionMethod(String id, String label) {
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
