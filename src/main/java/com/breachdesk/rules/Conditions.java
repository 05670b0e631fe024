package com.breachdesk.rules;

import com.breachdesk.risk.RiskLevel;
import com.breachdesk.vocabulary.DataCategory;
import com.breachdesk.vocabulary.Sector;

import java.util.List;
import java.util.Set;

/**
 * When a rule's duty arises. Every component is optional (null or empty = no such condition); all present
 * components must hold, and when {@code anyOf} is not empty at least one of its alternatives must hold too.
 *
 * @param minAffected         lower bound on affected residents of the rule's jurisdiction
 * @param maxAffected         upper bound ("fewer than 500" tracks)
 * @param personalInformation the breach is covered only if its categories include all of at least one inner set
 * @param sectors             the organization must be in at least one of these
 * @param minRisk             the risk assessment must reach this level
 * @param harmException       the statute's risk-of-harm exception in its words: a judgment the responder records
 * @param requiresObligation  this duty exists only when that rule's duty is required
 * @param establishment       GDPR routing alternative this rule stands for
 * @param malicious           the breach must (true) or must not (false) have been caused by a malicious act
 * @param ecommsServiceBreach true: only for a breach in connection with a publicly available electronic
 *                            communications service (ePrivacy); false: not for such a breach (GDPR Art. 95)
 * @param processor           the organization must (true) or must not (false) have acted as a processor for another
 *                            controller in this breach
 * @param anyOf               alternative triggers ("significant harm OR 500 or more")
 */
public record Conditions(Threshold minAffected, Threshold maxAffected, List<Set<DataCategory>> personalInformation,
                         EncryptionSafeHarbor encryptionSafeHarbor, Set<Sector> sectors, RiskLevel minRisk,
                         String harmException, String requiresObligation, Establishment establishment,
                         Boolean malicious, Boolean ecommsServiceBreach, Boolean processor,
                         List<Conditions> anyOf) {

    public static final Conditions NONE =
            new Conditions(null, null, List.of(), null, Set.of(), null, null, null, null, null, null, null, List.of());

    public Conditions {
        personalInformation = personalInformation == null ? List.of()
                : personalInformation.stream().map(Set::copyOf).toList();
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }

    /** Whether a count condition is taken per subdivision (the rule then applies subdivision by subdivision). */
    public boolean countsPerSubdivision() {
        return (minAffected != null && minAffected.perSubdivision())
                || (maxAffected != null && maxAffected.perSubdivision());
    }
}
