package com.breachdesk.roster;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * "Every person whose {@code field} reads {@code value} lives in {@code jurisdiction}": a responder's
 * fix for rows the resolver could not place (country "Kyiv" ⇒ UA). The value is compared ignoring case
 * and surrounding spaces; only unresolved people are changed unless {@code includeResolved}.
 */
public record BulkFix(PersonField field, String value, String jurisdiction, boolean includeResolved) {

    public static final Set<PersonField> MATCHABLE =
            Set.of(PersonField.COUNTRY, PersonField.REGION, PersonField.CITY, PersonField.POSTAL_CODE);

    public BulkFix {
        Objects.requireNonNull(field);
        if (!MATCHABLE.contains(field)) {
            throw new IllegalArgumentException("A bulk fix matches on country, region, city or postal_code, not " + field.id());
        }
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A bulk fix needs the value to match, e.g. country = Kyiv");
        }
    }

    boolean matches(String stored) {
        return stored != null && stored.strip().toLowerCase(Locale.ROOT).equals(value.strip().toLowerCase(Locale.ROOT));
    }

    public String describe() {
        return field.id() + " = '" + value.strip() + "' => " + jurisdiction;
    }
}
