package com.breachdesk.letters.batch;

/**
 * Which recipients a batch covers: everyone, or those resident in one jurisdiction (a country code also takes
 * its subdivisions: {@code US} takes {@code US-CA}); at most {@code limit} of them (0 = no limit).
 */
public record RecipientFilter(String jurisdiction, long limit) {

    public static final RecipientFilter ALL = new RecipientFilter(null, 0);

    public RecipientFilter {
        if (limit < 0) {
            throw new IllegalArgumentException("--limit cannot be negative");
        }
        jurisdiction = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public boolean accepts(String personJurisdiction) {
        if (jurisdiction == null) {
            return true;
        }
        return jurisdiction.equals(personJurisdiction)
                || (personJurisdiction != null && personJurisdiction.startsWith(jurisdiction + "-"));
    }

    public String describe() {
        return (jurisdiction == null ? "all" : "jurisdiction " + jurisdiction) + (limit > 0 ? ", first " + limit : "");
    }
}
