package com.breachdesk.deadline;

import java.util.Objects;

/** One obligation in a case: a rule applied in one jurisdiction (an EU rule in one member state, etc.). */
public record ObligationKey(String ruleId, String jurisdiction) implements Comparable<ObligationKey> {

    public ObligationKey {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
    }

    @Override
    public int compareTo(ObligationKey o) {
        int c = ruleId.compareTo(o.ruleId);
        return c != 0 ? c : jurisdiction.compareTo(o.jurisdiction);
    }

    @Override
    public String toString() {
        return ruleId + "@" + jurisdiction;
    }
}
