package com.breachdesk.letters.batch;

import com.breachdesk.roster.NotificationStatus;

import java.util.Locale;

/**
 * Which recipients a batch covers: everyone, or those resident in one jurisdiction (a country code also takes
 * its subdivisions: {@code US} takes {@code US-CA}), optionally only those with one notification status in the
 * roster; at most {@code limit} letters (0 = no limit).
 */
public record RecipientFilter(String jurisdiction, NotificationStatus status, long limit) {

    public static final RecipientFilter ALL = new RecipientFilter(null, null, 0);

    public RecipientFilter {
        if (limit < 0) {
            throw new IllegalArgumentException("--limit cannot be negative");
        }
        jurisdiction = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.strip().toUpperCase(Locale.ROOT);
    }

    public RecipientFilter(String jurisdiction, long limit) {
        this(jurisdiction, null, limit);
    }

    public boolean accepts(String personJurisdiction) {
        if (jurisdiction == null) {
            return true;
        }
        return jurisdiction.equals(personJurisdiction)
                || (personJurisdiction != null && personJurisdiction.startsWith(jurisdiction + "-"));
    }

    public String describe() {
        return (jurisdiction == null ? "all" : "jurisdiction " + jurisdiction)
                + (status == null ? "" : ", status " + status.id()) + (limit > 0 ? ", first " + limit : "");
    }
}
