package com.breachdesk.risk;

import java.util.List;

/**
 * The computed assessment: ENISA severity score and band, the GDPR-style level it maps to, whether to notify the
 * authority and the people, and every step in words. {@code level} is null when the facts it needs are missing
 * ({@code missing} names them).
 */
public record RiskResult(RiskLevel level, Boolean notifyAuthority, Boolean notifyIndividuals, Double score,
                         Severity severity, List<String> reasons, List<String> exemptions, List<String> missing) {

    public RiskResult {
        reasons = List.copyOf(reasons);
        exemptions = List.copyOf(exemptions);
        missing = List.copyOf(missing);
    }
}
