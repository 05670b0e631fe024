package com.breachdesk.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What to report: the moment the report is "as of" (statuses are computed as they stood then), which variant,
 * and whether material under legal privilege is included (off unless asked for).
 */
public record ReportRequest(Instant asOf, ReportVariant variant, boolean includePrivileged) {

    public ReportRequest {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(variant, "variant");
        asOf = asOf.truncatedTo(ChronoUnit.SECONDS);
    }
}
