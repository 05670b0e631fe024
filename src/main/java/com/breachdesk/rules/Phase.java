package com.breachdesk.rules;

import com.breachdesk.vocabulary.Coded;

/** Where a notice sits in a phased reporting scheme. */
public enum Phase implements Coded {
    INITIAL("initial", "Initial"),
    FOLLOW_UP("follow_up", "Follow-up"),
    EARLY_WARNING("early_warning", "Early warning"),
    NOTIFICATION("notification", "Notification"),
    INTERMEDIATE("intermediate", "Intermediate"),
    FINAL("final", "Final");

    private final String id;
    private final String label;

    Phase(String id, String label) {
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
