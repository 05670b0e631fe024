package com.breachdesk.obligations;

import com.breachdesk.deadline.Completion;
import com.breachdesk.deadline.Obligation;
import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.deadline.ObligationStatus;
import com.breachdesk.incident.Incident;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.population.AffectedPopulation;
import com.breachdesk.risk.AssessmentRecord;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Assesses an open case: reads its incident, organization, affected population, risk factors, decisions and the
 * notices already given; computes; and stores the obligations with the rule pack version. Marking a notice done is
 * checked against the current assessment.
 */
public final class CaseAssessments {

    private final Assessor assessor;
    private final Supplier<Incident> incident;
    private final Supplier<OrganizationProfile> organization;
    private final Supplier<AffectedPopulation> population;
    private final AssessmentRecord record;
    private final ObligationStore store;
    private final Clock clock;

    public CaseAssessments(Assessor assessor, Supplier<Incident> incident, Supplier<OrganizationProfile> organization,
                           Supplier<AffectedPopulation> population, AssessmentRecord record, ObligationStore store,
                           Clock clock) {
        this.assessor = assessor;
        this.incident = incident;
        this.organization = organization;
        this.population = population;
        this.record = record;
        this.store = store;
        this.clock = clock;
    }

    public CaseInput input() {
        AssessmentRecord.Stored stored = record.load();
        return new CaseInput(incident.get(), organization.get(), population.get(), stored.factors(), stored.override(),
                stored.ecommsServiceRelated(), stored.processorRole(), stored.includeDrafts(), store.completions());
    }

    /** Computes without storing (the live view of the Assess step). */
    public Assessment preview() {
        return assessor.assess(input());
    }

    /** Computes and stores the obligations in the case, with the rule pack version and each rule's version. */
    public Assessment assessAndStore() {
        Assessment a = assessor.assess(input());
        store.saveSnapshot(a);
        return a;
    }

    /**
     * Records that a notice was given: when, how and the recipient's reference. Refuses obligations the current
     * assessment does not contain or finds not required. Re-assesses and stores, because clocks may start from it.
     */
    public Assessment markDone(ObligationKey key, Instant doneAt, String channel, String reference) {
        int version = ruleVersionToMark(key, doneAt);
        store.markDone(key, version, doneAt, channel, reference, clock.instant());
        return assessAndStore();
    }

    /**
     * The rule version a notice given at {@code doneAt} is recorded against; refuses obligations the current
     * assessment does not contain or finds not required, and times in the future. After recording, call
     * {@link #assessAndStore()}: clocks may start from the notice.
     */
    public int ruleVersionToMark(ObligationKey key, Instant doneAt) {
        Assessment current = preview();
        Obligation o = current.obligations().stream().filter(x -> x.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("This case has no obligation " + key.ruleId() + " in "
                        + key.jurisdiction() + ". See: breachdesk assess CASE"));
        if (o.status() == ObligationStatus.NOT_REQUIRED) {
            throw new IllegalArgumentException(key.ruleId() + " in " + key.jurisdiction() + " is not required, so it cannot be"
                    + " marked done");
        }
        if (doneAt.isAfter(clock.instant().plusSeconds(60))) {
            throw new IllegalArgumentException("A notice cannot be marked done in the future (" + doneAt + ")");
        }
        return o.rule().version();
    }

    public Completion completion(ObligationKey key) {
        return store.completions().get(key);
    }
}
