package com.breachdesk.letters.data;

import com.breachdesk.incident.Incident;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.population.AffectedPopulation;

import java.util.Map;
import java.util.Objects;

/**
 * The case-level inputs of every letter: who is notifying, what happened, how many are affected, the
 * notice facts the responder entered, and the case's reference prefix.
 */
public record CaseFacts(OrganizationProfile organization, Incident incident, AffectedPopulation population,
                        Map<String, String> noticeFacts, String caseReference) {

    public CaseFacts {
        Objects.requireNonNull(organization);
        Objects.requireNonNull(incident);
        Objects.requireNonNull(population);
        noticeFacts = Map.copyOf(noticeFacts);
        Objects.requireNonNull(caseReference);
    }
}
