package com.breachdesk.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the rule pack, read by Jackson and converted to records by {@link RulePackLoader}. Unknown
 * keys are refused, so a misspelt condition cannot silently stop applying. See docs/rule-pack.md.
 */
final class RuleFileFormat {

    private RuleFileFormat() {
    }

    static final class PackFile {
        public String version;
        public List<String> families;
        public String jurisdictions;
    }

    static final class FamilyFile {
        public String family;
        public String description;
        public List<JsonNode> rules;
    }

    /** The same file bound straight to rule DTOs: the fast path when every rule is well-formed. */
    static final class TypedFamilyFile {
        public String family;
        public String description;
        public List<RuleJson> rules;
    }

    static final class RuleJson {
        public String id;
        public Integer version;
        public String jurisdiction;
        public String regime;
        public String title;
        public RecipientJson recipient;
        public String duty;
        public String phase;
        public ClockJson clock;
        @JsonProperty("time_limit")
        public LimitJson timeLimit;
        @JsonProperty("national_time_limits")
        public Map<String, NationalLimitJson> nationalTimeLimits;
        @JsonProperty("not_before")
        public LimitJson notBefore;
        @JsonProperty("no_later_than")
        public String noLaterThan;
        @JsonProperty("deadline_text")
        public String deadlineText;
        public ConditionsJson conditions;
        public List<Map<String, String>> ordering;
        @JsonProperty("content_requirements")
        public List<String> contentRequirements;
        public String submission;
        public AuthorityJson authority;
        public Map<String, AuthorityJson> authorities;
        public String citation;
        @JsonProperty("source_url")
        public String sourceUrl;
        @JsonProperty("valid_from")
        public String validFrom;
        @JsonProperty("valid_to")
        public String validTo;
        @JsonProperty("last_reviewed")
        public String lastReviewed;
        public String confidence;
        public String status;
        public String notes;
    }

    static final class RecipientJson {
        public String type;
        public String name;
    }

    static final class ClockJson {
        public String start;
        public String obligation;
        public String of;
    }

    static final class LimitJson {
        public Integer amount;
        public String unit;
    }

    /** A member state's stricter limit for an EU/EEA rule, with its own citation (docs/rule-pack.md). */
    static final class NationalLimitJson {
        @JsonProperty("time_limit")
        public LimitJson timeLimit;
        public String citation;
        @JsonProperty("source_url")
        public String sourceUrl;
        public String confidence;
        public String notes;
    }

    static final class ThresholdJson {
        public String op;
        public Long count;
        public String per;
    }

    static final class SafeHarborJson {
        public Boolean applies;
        @JsonProperty("voided_if_key_compromised")
        public Boolean voidedIfKeyCompromised;
    }

    static final class ConditionsJson {
        @JsonProperty("min_affected")
        public ThresholdJson minAffected;
        @JsonProperty("max_affected")
        public ThresholdJson maxAffected;
        @JsonProperty("personal_information")
        public List<List<String>> personalInformation;
        @JsonProperty("encryption_safe_harbor")
        public SafeHarborJson encryptionSafeHarbor;
        public List<String> sectors;
        @JsonProperty("min_risk")
        public String minRisk;
        @JsonProperty("harm_exception")
        public String harmException;
        @JsonProperty("requires_obligation")
        public String requiresObligation;
        public String establishment;
        public Boolean malicious;
        @JsonProperty("ecomms_service_breach")
        public Boolean ecommsServiceBreach;
        public Boolean processor;
        @JsonProperty("any_of")
        public List<ConditionsJson> anyOf;
    }

    static final class AuthorityJson {
        public String name;
        public String url;
    }

    static final class JurisdictionJson {
        public String name;
        public String zone;
        @JsonProperty("zone_note")
        public String zoneNote;
        public HolidaysJson holidays;
    }

    static final class HolidaysJson {
        public String calendar;
        public List<String> subdivisions;
        public String note;
    }
}
