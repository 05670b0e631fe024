package com.breachdesk.rules;

import com.breachdesk.vocabulary.Coded;

/** Whether the statute sets the duty, or was read and sets none (recorded so that "no duty" is a finding, not a gap). */
public enum Duty implements Coded {
    REQUIRED("required", "Required"),
    NOT_REQUIRED("not_required", "No such duty");

    private final String id;
    private final String label;

    Duty(String id, String label) {
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
