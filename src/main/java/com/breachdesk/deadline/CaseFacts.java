package com.breachdesk.deadline;

import com.breachdesk.incident.Incident;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.population.AffectedPopulation;
import com.breachdesk.risk.RiskLevel;

import java.util.Map;
import java.util.Objects;

/**
 * Everything the calculator reads about one case. Unknown facts stay unknown: a null {@code riskLevel} means the
 * risk could not be assessed, a null {@code ecommsServiceRelated} means the responder has not decided (providers of
 * electronic communications services then default to "service-related", see GDPR Art. 95).
 *
 * @param completions notices already given, by obligation
 * @param processorRole whether the organization acted as a processor for another controller; null = not recorded
 * @param includeDrafts whether draft laws (status "draft") are assessed as if in force
 */
public record CaseFacts(Incident incident, OrganizationProfile organization, AffectedPopulation population,
                        RiskLevel riskLevel, Boolean ecommsServiceRelated, Boolean processorRole, boolean includeDrafts,
                        Map<ObligationKey, Completion> completions) {

    public CaseFacts {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(population, "population");
        completions = completions == null ? Map.of() : Map.copyOf(completions);
    }
}
