package com.breachdesk.rules;

import com.breachdesk.vocabulary.Coded;

/** In force, or a draft law that is loaded and shown but disabled by default. */
public enum RuleStatus implements Coded {
    IN_FORCE("in_force", "In force"),
    DRAFT("draft", "Draft (not in force)");

    private final String id;
    private final String label;

    RuleStatus(String id, String label) {
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
