package com.breachdesk.obligations;

import com.breachdesk.deadline.CaseFacts;
import com.breachdesk.deadline.DeadlineCalculator;
import com.breachdesk.deadline.HolidayCalendars;
import com.breachdesk.deadline.Obligation;
import com.breachdesk.population.AffectedPopulation;
import com.breachdesk.risk.RiskAssessment;
import com.breachdesk.risk.RiskAssessor;
import com.breachdesk.risk.RiskResult;
import com.breachdesk.rules.LimitUnit;
import com.breachdesk.rules.RulePack;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Risk first, then obligations (several rules depend on the risk level): one pure assessment of a case's input. */
public final class Assessor {

    private final RulePack pack;
    private final DeadlineCalculator calculator;
    private final RiskAssessor riskAssessor = new RiskAssessor();
    private final HolidayCalendars holidays;
    private final Clock clock;

    public Assessor(RulePack pack, HolidayCalendars holidays, Clock clock) {
        this.pack = pack;
        this.holidays = holidays;
        this.calculator = new DeadlineCalculator(pack, holidays, clock);
        this.clock = clock;
        holidays.preload(businessDayJurisdictions(pack), clock.instant().atZone(java.time.ZoneOffset.UTC).getYear());
    }

    /** Jurisdictions where some rule counts business days: their holiday calendars will be needed. */
    private static java.util.Set<com.breachdesk.rules.Jurisdiction> businessDayJurisdictions(RulePack pack) {
        java.util.Set<com.breachdesk.rules.Jurisdiction> out = new java.util.LinkedHashSet<>();
        for (com.breachdesk.rules.Rule r : pack.rules()) {
            boolean business = (r.timeLimit() != null && r.timeLimit().unit() == com.breachdesk.rules.LimitUnit.BUSINESS_DAYS)
                    || (r.notBefore() != null && r.notBefore().unit() == com.breachdesk.rules.LimitUnit.BUSINESS_DAYS);
            if (business) {
                pack.jurisdiction(r.jurisdiction()).ifPresent(out::add);
            }
            // A member state's own limit for an EU/EEA rule counts in that state's calendar.
            r.nationalTimeLimits().forEach((state, n) -> {
                if (n.limit().unit() == LimitUnit.BUSINESS_DAYS) {
                    pack.jurisdiction(state).ifPresent(out::add);
                }
            });
        }
        return out;
    }

    /** The same rule pack and holiday calendars read with another clock: an assessment "as of" a chosen moment. */
    public Assessor at(Clock other) {
        return new Assessor(pack, holidays, other);
    }

    public Assessment assess(CaseInput input) {
        long people = input.population().total() > 0 ? input.population().total()
                : input.incident().approximateRecords().orElse(0);
        RiskResult computed = riskAssessor.assess(input.incident(), input.riskFactors(), people);
        RiskAssessment risk = new RiskAssessment(computed, input.riskOverride());
        CaseFacts facts = new CaseFacts(input.incident(), input.organization(), input.population(), risk.level(),
                input.ecommsServiceRelated(), input.processorRole(), input.includeDrafts(), input.completions());
        List<Obligation> obligations = calculator.calculate(facts);
        List<String> missing = new ArrayList<>();
        if (input.population().source() == AffectedPopulation.Source.NONE) {
            missing.add("who is affected: import a roster or enter estimated counts per jurisdiction");
        }
        if (input.incident().awareAt().isEmpty() && input.incident().discoveredAt().isEmpty()) {
            missing.add("when the breach was discovered or the organization became aware of it");
        }
        return new Assessment(pack.version(), clock.instant(), risk, obligations, missing);
    }
}
