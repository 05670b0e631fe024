package com.breachdesk.obligations;

import com.breachdesk.deadline.Completion;
import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.incident.Incident;
import com.breachdesk.incident.IncidentField;
import com.breachdesk.organization.OrganizationField;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.population.AffectedPopulation;
import com.breachdesk.risk.CredentialProtection;
import com.breachdesk.risk.EaseOfIdentification;
import com.breachdesk.risk.RiskFactors;
import com.breachdesk.risk.RiskLevel;
import com.breachdesk.risk.RiskOverride;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.vocabulary.Coded;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A what-if case in one JSON file (the CLI's {@code assess --scenario}): organization, incident, risk factors and
 * affected counts. Every field is optional except {@code incident.aware_at} or {@code incident.discovered_at}.
 * Unknown keys and bad values are refused with a message naming the field. See README "CLI".
 */
public final class Scenario {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static final class File {
        public Org organization;
        public Inc incident;
        public List<Affected> affected;
        public Decisions decisions;
        public List<Done> done;
    }

    static final class Org {
        @JsonProperty("established_in")
        public List<String> establishedIn;
        @JsonProperty("eu_main_establishment")
        public String euMainEstablishment;
        public List<String> sectors;
    }

    static final class Inc {
        @JsonProperty("occurred_at")
        public String occurredAt;
        @JsonProperty("discovered_at")
        public String discoveredAt;
        @JsonProperty("aware_at")
        public String awareAt;
        @JsonProperty("determined_at")
        public String determinedAt;
        public List<String> nature;
        public Boolean malicious;
        public String exfiltration;
        public String encryption;
        @JsonProperty("data_categories")
        public List<String> dataCategories;
        @JsonProperty("risk_factors")
        public Factors riskFactors;
        public Long records;
    }

    static final class Factors {
        @JsonProperty("ease_of_identification")
        public String easeOfIdentification;
        @JsonProperty("vulnerable_subjects")
        public Boolean vulnerableSubjects;
        @JsonProperty("data_recovered")
        public Boolean dataRecovered;
        @JsonProperty("recipient_trusted")
        public Boolean recipientTrusted;
        @JsonProperty("restored_within_hours")
        public Long restoredWithinHours;
        @JsonProperty("misuse_observed")
        public Boolean misuseObserved;
        public Boolean published;
        public String credentials;
        @JsonProperty("disproportionate_effort")
        public Boolean disproportionateEffort;
    }

    static final class Affected {
        public String jurisdiction;
        public Long count;
    }

    static final class Decisions {
        @JsonProperty("ecomms_service_related")
        public Boolean ecommsServiceRelated;
        @JsonProperty("processor_role")
        public Boolean processorRole;
        @JsonProperty("include_drafts")
        public Boolean includeDrafts;
        @JsonProperty("risk_level")
        public String riskLevel;
        @JsonProperty("notify_authority")
        public Boolean notifyAuthority;
        @JsonProperty("notify_individuals")
        public Boolean notifyIndividuals;
        public String justification;
    }

    static final class Done {
        @JsonProperty("rule_id")
        public String ruleId;
        public String jurisdiction;
        public String at;
    }

    private Scenario() {
    }

    public static CaseInput parse(String text) {
        File f;
        try {
            f = JSON.readValue(text, File.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Scenario: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
        if (f == null || f.incident == null || (f.incident.awareAt == null && f.incident.discoveredAt == null)) {
            throw new IllegalArgumentException("Scenario: incident.aware_at or incident.discovered_at is required");
        }
        return new CaseInput(incident(f.incident), organization(f.organization), population(f.affected),
                factors(f.incident.riskFactors), override(f.decisions),
                f.decisions == null ? null : f.decisions.ecommsServiceRelated,
                f.decisions == null ? null : f.decisions.processorRole,
                f.decisions != null && Boolean.TRUE.equals(f.decisions.includeDrafts), done(f.done));
    }

    private static Incident incident(Inc i) {
        Map<IncidentField, String> v = new EnumMap<>(IncidentField.class);
        put(v, IncidentField.OCCURRED_FROM, i.occurredAt, "incident.occurred_at");
        put(v, IncidentField.DISCOVERED_AT, i.discoveredAt, "incident.discovered_at");
        put(v, IncidentField.AWARE_AT, i.awareAt, "incident.aware_at");
        put(v, IncidentField.DETERMINED_AT, i.determinedAt, "incident.determined_at");
        put(v, IncidentField.NATURE, i.nature == null ? null : String.join(",", i.nature), "incident.nature");
        put(v, IncidentField.INTENT, i.malicious == null ? null : i.malicious ? "malicious" : "accidental", "incident.malicious");
        put(v, IncidentField.EXFILTRATION, i.exfiltration, "incident.exfiltration");
        put(v, IncidentField.ENCRYPTION, i.encryption, "incident.encryption");
        put(v, IncidentField.DATA_CATEGORIES, i.dataCategories == null ? null : String.join(",", i.dataCategories),
                "incident.data_categories");
        put(v, IncidentField.APPROXIMATE_RECORDS, i.records == null ? null : i.records.toString(), "incident.records");
        if (i.riskFactors != null && i.riskFactors.dataRecovered != null) {
            v.put(IncidentField.DATA_RECOVERED, i.riskFactors.dataRecovered.toString());
        }
        return new Incident(v);
    }

    private static void put(Map<IncidentField, String> v, IncidentField field, String input, String name) {
        if (input == null) {
            return;
        }
        try {
            v.put(field, field.normalize(input));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Scenario " + name + ": " + e.getMessage(), e);
        }
    }

    private static OrganizationProfile organization(Org o) {
        if (o == null) {
            return OrganizationProfile.empty();
        }
        Map<OrganizationField, String> v = new EnumMap<>(OrganizationField.class);
        try {
            if (o.establishedIn != null) {
                v.put(OrganizationField.ESTABLISHMENTS, OrganizationProfile.normalize(OrganizationField.ESTABLISHMENTS,
                        String.join(",", o.establishedIn)));
            }
            if (o.euMainEstablishment != null) {
                v.put(OrganizationField.EU_MAIN_ESTABLISHMENT,
                        OrganizationProfile.normalize(OrganizationField.EU_MAIN_ESTABLISHMENT, o.euMainEstablishment));
            }
            if (o.sectors != null) {
                v.put(OrganizationField.SECTORS, OrganizationProfile.normalize(OrganizationField.SECTORS, String.join(",", o.sectors)));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Scenario organization: " + e.getMessage(), e);
        }
        return new OrganizationProfile(v);
    }

    private static AffectedPopulation population(List<Affected> affected) {
        if (affected == null) {
            return AffectedPopulation.none();
        }
        Map<String, Long> people = new LinkedHashMap<>();
        for (int n = 0; n < affected.size(); n++) {
            Affected a = affected.get(n);
            String where = "Scenario affected[" + n + "]: ";
            if (a == null || a.jurisdiction == null || a.count == null) {
                throw new IllegalArgumentException(where + "needs \"jurisdiction\" and \"count\"");
            }
            String j = Jurisdictions.normalize(a.jurisdiction, where);
            if (a.count < 0) {
                throw new IllegalArgumentException(where + "count cannot be negative");
            }
            if (people.containsKey(j)) {
                throw new IllegalArgumentException(where + j + " is listed twice");
            }
            people.put(j, a.count);
        }
        return new AffectedPopulation(AffectedPopulation.Source.ESTIMATE, people, Map.of(), 0, 0, 0);
    }

    private static RiskFactors factors(Factors f) {
        if (f == null) {
            return RiskFactors.none();
        }
        try {
            return new RiskFactors(
                    f.easeOfIdentification == null ? null : Coded.parse(EaseOfIdentification.class, f.easeOfIdentification),
                    f.vulnerableSubjects, f.restoredWithinHours, f.recipientTrusted, f.misuseObserved, f.published,
                    f.credentials == null ? null : Coded.parse(CredentialProtection.class, f.credentials),
                    f.disproportionateEffort);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Scenario incident.risk_factors: " + e.getMessage(), e);
        }
    }

    private static RiskOverride override(Decisions d) {
        if (d == null) {
            return RiskOverride.NONE;
        }
        try {
            return new RiskOverride(d.riskLevel == null ? null : Coded.parse(RiskLevel.class, d.riskLevel),
                    d.notifyAuthority, d.notifyIndividuals, d.justification);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Scenario decisions: " + e.getMessage(), e);
        }
    }

    private static Map<ObligationKey, Completion> done(List<Done> done) {
        Map<ObligationKey, Completion> out = new HashMap<>();
        if (done == null) {
            return out;
        }
        for (Done d : done) {
            if (d.ruleId == null || d.jurisdiction == null || d.at == null) {
                throw new IllegalArgumentException("Scenario done: each entry needs rule_id, jurisdiction and at");
            }
            out.put(new ObligationKey(d.ruleId, Jurisdictions.normalize(d.jurisdiction, "Scenario done: ")),
                    new Completion(MomentInZone.parseIso(d.at).instant(), null, null, "scenario", null));
        }
        return out;
    }
}
