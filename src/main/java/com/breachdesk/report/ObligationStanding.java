package com.breachdesk.report;

import com.breachdesk.deadline.Obligation;
import com.breachdesk.deadline.ObligationStatus;

import java.time.Duration;
import java.time.Instant;

/**
 * One notice the case requires (or may require) and where it stands as of a moment: met (how early), met late
 * (how late), missed (overdue by how long), pending (how long is left) or waiting for information.
 * {@code margin} is null when there is no deadline to measure against.
 */
public record ObligationStanding(Obligation obligation, Standing standing, Duration margin) {

    /** Judges {@code o} as of {@code asOf}; notices given after {@code asOf} must already be left out of {@code o}. */
    public static ObligationStanding of(Obligation o, Instant asOf) {
        Instant due = o.due();
        if (o.done()) {
            Instant doneAt = o.completion().doneAt();
            if (due == null) {
                return new ObligationStanding(o, Standing.MET, null);
            }
            return doneAt.isAfter(due) ? new ObligationStanding(o, Standing.LATE, Duration.between(due, doneAt))
                    : new ObligationStanding(o, Standing.MET, Duration.between(doneAt, due));
        }
        if (o.status() == ObligationStatus.NEEDS_INFORMATION) {
            return new ObligationStanding(o, Standing.NEEDS_INFORMATION, due == null ? null : Duration.between(asOf, due));
        }
        if (due == null) {
            return new ObligationStanding(o, Standing.PENDING, null);
        }
        return due.isBefore(asOf) ? new ObligationStanding(o, Standing.MISSED, Duration.between(due, asOf))
                : new ObligationStanding(o, Standing.PENDING, Duration.between(asOf, due));
    }

    /** "3 h 20 min early", "2 d 4 h late", "overdue by 5 h", "due in 10 h", "no deadline yet". */
    public String marginText() {
        if (margin == null) {
            return switch (standing) {
                case MET, LATE -> "no deadline";
                case NEEDS_INFORMATION -> "deadline unknown";
                default -> "no deadline yet";
            };
        }
        String d = Durations.text(margin);
        return switch (standing) {
            case MET -> d + " early";
            case LATE -> d + " late";
            case MISSED -> "overdue by " + d;
            case PENDING, NEEDS_INFORMATION -> margin.isNegative() ? "overdue by " + Durations.text(margin.negated())
                    : "due in " + d;
        };
    }
}
