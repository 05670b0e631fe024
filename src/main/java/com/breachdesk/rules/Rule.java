package com.breachdesk.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One version of one notification duty, as the rule pack states it. Immutable; the engine never sees JSON.
 * {@code source} says which file it came from (a shipped family file or a file in the user's rules folder).
 * {@code nationalTimeLimits} (EU/EEA rules only) replace {@code timeLimit} in the member states they name;
 * {@code noLaterThan} names another rule whose notice this one may not come after (its due, or once given, the
 * moment it was given, caps this rule's due).
 */
public record Rule(String id, int version, String jurisdiction, String regime, String title, Recipient recipient,
                   Duty duty, Phase phase, ClockStart clock, TimeLimit timeLimit,
                   Map<String, NationalTimeLimit> nationalTimeLimits, TimeLimit notBefore, String noLaterThan,
                   String deadlineText, Conditions conditions, List<Ordering> ordering,
                   List<String> contentRequirements, String submission, Authority authority,
                   Map<String, Authority> authorities, String citation, String sourceUrl, LocalDate validFrom,
                   LocalDate validTo, LocalDate lastReviewed, Confidence confidence, RuleStatus status, String notes,
                   String source) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clock, "clock");
        conditions = conditions == null ? Conditions.NONE : conditions;
        ordering = ordering == null ? List.of() : List.copyOf(ordering);
        contentRequirements = contentRequirements == null ? List.of() : List.copyOf(contentRequirements);
        authorities = authorities == null ? Map.of() : Map.copyOf(authorities);
        nationalTimeLimits = nationalTimeLimits == null ? Map.of() : Map.copyOf(nationalTimeLimits);
    }

    /** The time limit that counts in {@code target} (a member state for EU/EEA rules): a national one, else the rule's. */
    public TimeLimit timeLimitIn(String target) {
        NationalTimeLimit national = nationalTimeLimits.get(target);
        return national != null ? national.limit() : timeLimit;
    }

    /** "us-ca-individuals v2". */
    public String key() {
        return id + " v" + version;
    }

    public boolean isDraft() {
        return status == RuleStatus.DRAFT;
    }

    /** Whether this version applies on {@code date} (both ends inclusive; null = open). */
    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** Rules written for the EU or the EEA apply in each member state separately. */
    public boolean isEuropeanUnionWide() {
        return "EU".equals(jurisdiction) || "EEA".equals(jurisdiction);
    }

    public String validityText() {
        if (validFrom == null && validTo == null) {
            return "in force (no start or end date recorded)";
        }
        if (validTo == null) {
            return "from " + validFrom;
        }
        if (validFrom == null) {
            return "until " + validTo;
        }
        return validFrom + " to " + validTo;
    }
}
