package com.breachdesk.rules;

import java.util.Objects;

/**
 * A member state's own, stricter time limit for an EU/EEA-wide rule (Cyprus: NIS2 early warning within 6 hours
 * instead of the directive's 24). It replaces the rule's {@code time_limit} in that state only and carries its own
 * citation, source and confidence, because the national law was checked separately from the EU act.
 */
public record NationalTimeLimit(TimeLimit limit, String citation, String sourceUrl, Confidence confidence, String notes) {

    public NationalTimeLimit {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(confidence, "confidence");
    }
}
