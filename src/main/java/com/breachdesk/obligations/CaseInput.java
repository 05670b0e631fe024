package com.breachdesk.obligations;

import com.breachdesk.deadline.Completion;
import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.incident.Incident;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.population.AffectedPopulation;
import com.breachdesk.risk.RiskFactors;
import com.breachdesk.risk.RiskOverride;

import java.util.Map;

/**
 * Everything an assessment reads, whether it comes from a case file or a scenario file.
 *
 * @param ecommsServiceRelated the responder's GDPR Art. 95 decision; null = not decided (default for providers)
 * @param processorRole        the organization acted as a processor in this breach; null = not recorded
 */
public record CaseInput(Incident incident, OrganizationProfile organization, AffectedPopulation population,
                        RiskFactors riskFactors, RiskOverride riskOverride, Boolean ecommsServiceRelated,
                        Boolean processorRole, boolean includeDrafts, Map<ObligationKey, Completion> completions) {

    public CaseInput {
        riskFactors = riskFactors == null ? RiskFactors.none() : riskFactors;
        riskOverride = riskOverride == null ? RiskOverride.NONE : riskOverride;
        completions = completions == null ? Map.of() : Map.copyOf(completions);
    }
}
