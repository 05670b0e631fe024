package com.breachdesk.rules;

import java.util.Objects;

/** "This notice must be given before (or after) that one", e.g. police before individuals. */
public record Ordering(Relation relation, String ruleId) {

    public enum Relation { BEFORE, AFTER }

    public Ordering {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(ruleId, "ruleId");
    }
}
