package com.breachdesk.roster;

import com.breachdesk.jurisdiction.Resolution;
import com.breachdesk.population.AffectedPopulation;
import com.breachdesk.vocabulary.DataCategory;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the roster adds up to: people per jurisdiction (unresolved people under {@code unknown}) and,
 * per jurisdiction, how many people had each data category involved; minors as of {@code minorsAsOf}
 * (the incident date). Jurisdictions are listed largest first.
 */
public record ScopeSummary(long people, long unresolved, long minorsUnder16, long minorsUnder18, LocalDate minorsAsOf,
                           List<JurisdictionCount> jurisdictions) {

    public record JurisdictionCount(String jurisdiction, long people, Map<DataCategory, Long> categories) {
        public JurisdictionCount {
            categories = Map.copyOf(categories);
        }
    }

    public ScopeSummary {
        jurisdictions = List.copyOf(jurisdictions);
    }

    /** The counts in the form the rules engine reads thresholds from. */
    public AffectedPopulation population() {
        if (people == 0) {
            return AffectedPopulation.none();
        }
        Map<String, Long> perJurisdiction = new HashMap<>();
        Map<String, Map<DataCategory, Long>> categories = new HashMap<>();
        for (JurisdictionCount j : jurisdictions) {
            if (!Resolution.UNKNOWN.equals(j.jurisdiction())) {
                perJurisdiction.put(j.jurisdiction(), j.people());
                categories.put(j.jurisdiction(), j.categories());
            }
        }
        return new AffectedPopulation(AffectedPopulation.Source.ROSTER, perJurisdiction, categories, unresolved,
                minorsUnder16, minorsUnder18);
    }
}
