package com.breachdesk.deadline;

import com.breachdesk.rules.Authority;
import com.breachdesk.rules.ClockEvent;
import com.breachdesk.rules.Rule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One computed obligation: a rule version applied in one jurisdiction, its status and why, and (when required and
 * its clock has started) its deadline. {@code nominalDue} is the deadline before holiday adjustment; {@code due} is
 * the one that counts. {@code explanation} says how it was counted and cites the rule id and version.
 */
public record Obligation(ObligationKey key, Rule rule, String jurisdictionName, String recipientName,
                         Authority authority, ObligationStatus status, List<Finding> findings, List<String> missing,
                         ClockEvent clockStart, Instant clockStartedAt, ZoneId zone, Instant nominalDue, Instant due,
                         Instant notBefore, String explanation, List<String> judgments, List<String> ordering,
                         Completion completion) {

    public Obligation {
        findings = List.copyOf(findings);
        missing = List.copyOf(missing);
        judgments = List.copyOf(judgments);
        ordering = List.copyOf(ordering);
    }

    public String jurisdiction() {
        return key.jurisdiction();
    }

    public boolean done() {
        return completion != null;
    }

    /** The kind of the first unmet condition: the short "why" of a not-required obligation. */
    public Optional<Finding.Kind> why() {
        return findings.stream().filter(f -> f.outcome() == Finding.Outcome.NOT_MET).map(Finding::kind).findFirst();
    }

    /** Every finding's text, unmet first. */
    public List<String> reasons() {
        return findings.stream()
                .sorted((a, b) -> Integer.compare(rank(a), rank(b)))
                .map(Finding::text).toList();
    }

    private static int rank(Finding f) {
        return switch (f.outcome()) {
            case NOT_MET -> 0;
            case UNKNOWN -> 1;
            case MET -> 2;
        };
    }
}
