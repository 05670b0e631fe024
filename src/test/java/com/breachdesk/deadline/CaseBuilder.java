package com.breachdesk.deadline;

import com.breachdesk.incident.Incident;
import com.breachdesk.incident.IncidentField;
import com.breachdesk.organization.OrganizationField;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.population.AffectedPopulation;
import com.breachdesk.risk.RiskLevel;
import com.breachdesk.rules.RulePack;
import com.breachdesk.rules.RulePackLoader;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.support.TestClock;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds case facts for rule tables that read like the statute; unset facts stay unknown. */
final class CaseBuilder {

    static final RulePack PACK = new RulePackLoader().loadShipped();
    static final HolidayCalendars HOLIDAYS = new HolidayCalendars();

    private final Map<IncidentField, String> incident = new EnumMap<>(IncidentField.class);
    private final Map<OrganizationField, String> organization = new EnumMap<>(OrganizationField.class);
    private final Map<String, Long> people = new LinkedHashMap<>();
    private final Map<ObligationKey, Completion> done = new HashMap<>();
    private RiskLevel risk;
    private Boolean ecommsServiceRelated;
    private Boolean processor = false;
    private boolean drafts;
    private Instant now = Instant.parse("2026-11-25T12:00:00Z");

    static CaseBuilder breach() {
        return new CaseBuilder();
    }

    CaseBuilder aware(String iso) {
        incident.put(IncidentField.AWARE_AT, MomentInZone.parseIso(iso).encode());
        return this;
    }

    CaseBuilder discovered(String iso) {
        incident.put(IncidentField.DISCOVERED_AT, MomentInZone.parseIso(iso).encode());
        return this;
    }

    CaseBuilder determined(String iso) {
        incident.put(IncidentField.DETERMINED_AT, MomentInZone.parseIso(iso).encode());
        return this;
    }

    /** Sets aware, discovered and determined to the same moment. */
    CaseBuilder at(String iso) {
        return aware(iso).discovered(iso).determined(iso);
    }

    CaseBuilder data(String... categories) {
        incident.put(IncidentField.DATA_CATEGORIES, IncidentField.DATA_CATEGORIES.normalize(String.join(",", categories)));
        return this;
    }

    CaseBuilder encryption(String encryption) {
        incident.put(IncidentField.ENCRYPTION, encryption);
        return this;
    }

    CaseBuilder intent(String intent) {
        incident.put(IncidentField.INTENT, intent);
        return this;
    }

    CaseBuilder sectors(String... sectors) {
        organization.put(OrganizationField.SECTORS, String.join(",", sectors));
        return this;
    }

    CaseBuilder mainEstablishment(String state) {
        organization.put(OrganizationField.EU_MAIN_ESTABLISHMENT, state);
        return this;
    }

    CaseBuilder affected(String jurisdiction, long count) {
        people.put(jurisdiction, count);
        return this;
    }

    CaseBuilder risk(RiskLevel level) {
        this.risk = level;
        return this;
    }

    CaseBuilder serviceRelated(Boolean related) {
        this.ecommsServiceRelated = related;
        return this;
    }

    CaseBuilder processor(Boolean processor) {
        this.processor = processor;
        return this;
    }

    CaseBuilder withDrafts() {
        this.drafts = true;
        return this;
    }

    CaseBuilder done(String ruleId, String jurisdiction, String iso) {
        done.put(new ObligationKey(ruleId, jurisdiction),
                new Completion(MomentInZone.parseIso(iso).instant(), "portal", "REF-1", "tester", now));
        return this;
    }

    CaseBuilder now(String iso) {
        this.now = Instant.parse(iso);
        return this;
    }

    CaseFacts facts() {
        AffectedPopulation population = people.isEmpty() ? AffectedPopulation.none()
                : new AffectedPopulation(AffectedPopulation.Source.ESTIMATE, people, Map.of(), 0, 0, 0);
        return new CaseFacts(new Incident(incident), new OrganizationProfile(organization), population, risk,
                ecommsServiceRelated, processor, drafts, done);
    }

    List<Obligation> obligations() {
        return new DeadlineCalculator(PACK, HOLIDAYS, new TestClock(now)).calculate(facts());
    }

    Obligation obligation(String ruleId, String jurisdiction) {
        return obligations().stream().filter(o -> o.key().equals(new ObligationKey(ruleId, jurisdiction))).findFirst()
                .orElseThrow(() -> new AssertionError("no obligation " + ruleId + " in " + jurisdiction));
    }

    boolean has(String ruleId, String jurisdiction) {
        return obligations().stream().anyMatch(o -> o.key().equals(new ObligationKey(ruleId, jurisdiction)));
    }
}
