package com.breachdesk.obligations;

import com.breachdesk.deadline.Obligation;
import com.breachdesk.deadline.ObligationStatus;
import com.breachdesk.risk.RiskAssessment;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The answer to "who must we notify, and by when?" for one case at one moment: the risk assessment, every
 * obligation, the rule pack version that produced them, and facts still missing for the case as a whole.
 */
public record Assessment(String rulePackVersion, Instant assessedAt, RiskAssessment risk, List<Obligation> obligations,
                         List<String> missing) {

    public Assessment {
        obligations = List.copyOf(obligations);
        missing = List.copyOf(missing);
    }

    /** The soonest deadline of a required notice not yet marked done. */
    public Optional<Obligation> nextDeadline() {
        return obligations.stream()
                .filter(o -> o.status() == ObligationStatus.REQUIRED && o.due() != null && !o.done())
                .min(Comparator.comparing(Obligation::due));
    }
}
