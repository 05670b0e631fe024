package com.breachdesk.population;

import com.breachdesk.vocabulary.DataCategory;

import java.util.Map;
import java.util.Objects;

/**
 * Who is affected, counted the way breach laws count: people per jurisdiction (ISO 3166-1 alpha-2 such as
 * {@code PL}, or ISO 3166-2 such as {@code US-CA}), and per jurisdiction how many of them had each data
 * category involved. People whose jurisdiction is not known are counted in {@code unresolved}, never guessed
 * into a jurisdiction. {@code source} says where the numbers come from (an imported roster, or estimates
 * entered before the roster exists).
 *
 * <p>This is the contract between scoping (which produces it) and the rules engine (which reads thresholds
 * from it).
 */
public record AffectedPopulation(Source source, Map<String, Long> peoplePerJurisdiction,
                                 Map<String, Map<DataCategory, Long>> categoriesPerJurisdiction,
                                 long unresolved, long minorsUnder16, long minorsUnder18) {

    public enum Source { ROSTER, ESTIMATE, NONE }

    public AffectedPopulation {
        Objects.requireNonNull(source);
        peoplePerJurisdiction = Map.copyOf(peoplePerJurisdiction);
        categoriesPerJurisdiction = Map.copyOf(categoriesPerJurisdiction);
    }

    public static AffectedPopulation none() {
        return new AffectedPopulation(Source.NONE, Map.of(), Map.of(), 0, 0, 0);
    }

    /** People resident in {@code jurisdiction}; for a country code, its subdivisions ({@code US-CA} for {@code US}) count too. */
    public long people(String jurisdiction) {
        long n = 0;
        for (Map.Entry<String, Long> e : peoplePerJurisdiction.entrySet()) {
            String j = e.getKey();
            if (j.equals(jurisdiction) || (jurisdiction.length() == 2 && j.startsWith(jurisdiction + "-"))) {
                n += e.getValue();
            }
        }
        return n;
    }

    public long total() {
        return peoplePerJurisdiction.values().stream().mapToLong(Long::longValue).sum() + unresolved;
    }
}
