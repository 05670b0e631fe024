package com.breachdesk.cli;

import com.breachdesk.deadline.Obligation;
import com.breachdesk.obligations.Assessment;
import com.breachdesk.risk.RiskAssessment;
import com.breachdesk.rules.Rule;
import com.breachdesk.vocabulary.Coded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of assessments and rules (the CLI contract in README "CLI"; keys are stable). */
final class AssessmentJson {

    private AssessmentJson() {
    }

    static Map<String, Object> assessment(Assessment a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rule_pack", Map.of("version", a.rulePackVersion()));
        out.put("assessed_at", a.assessedAt().toString());
        out.put("risk", risk(a.risk()));
        out.put("missing", a.missing());
        out.put("next_deadline", a.nextDeadline().map(o -> Map.of("rule_id", o.key().ruleId(),
                "jurisdiction", o.jurisdiction(), "due", o.due().toString())).orElse(null));
        List<Map<String, Object>> obligations = new ArrayList<>();
        for (Obligation o : a.obligations()) {
            obligations.add(obligation(o));
        }
        out.put("obligations", obligations);
        return out;
    }

    static Map<String, Object> risk(RiskAssessment r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("level", r.level() == null ? null : r.level().id());
        out.put("notify_authority", r.notifyAuthority());
        out.put("notify_individuals", r.notifyIndividuals());
        out.put("reasons", r.computed().reasons());
        out.put("exemptions", r.computed().exemptions());
        out.put("score", r.computed().score());
        out.put("severity", r.computed().severity() == null ? null : r.computed().severity().id());
        Map<String, Object> computed = new LinkedHashMap<>();
        computed.put("level", r.computed().level() == null ? null : r.computed().level().id());
        computed.put("notify_authority", r.computed().notifyAuthority());
        computed.put("notify_individuals", r.computed().notifyIndividuals());
        out.put("computed", computed);
        if (r.overridden()) {
            Map<String, Object> override = new LinkedHashMap<>();
            override.put("level", r.override().level() == null ? null : r.override().level().id());
            override.put("notify_authority", r.override().notifyAuthority());
            override.put("notify_individuals", r.override().notifyIndividuals());
            override.put("justification", r.override().justification());
            out.put("override", override);
        } else {
            out.put("override", null);
        }
        return out;
    }

    static Map<String, Object> obligation(Obligation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        Rule r = o.rule();
        m.put("rule_id", r.id());
        m.put("rule_version", r.version());
        m.put("jurisdiction", o.jurisdiction());
        m.put("jurisdiction_name", o.jurisdictionName());
        m.put("regime", r.regime());
        m.put("title", r.title());
        m.put("recipient", r.recipient().type().id());
        m.put("recipient_name", o.recipientName());
        m.put("phase", r.phase() == null ? null : r.phase().id());
        m.put("status", o.status().id());
        m.put("why", o.why().map(Coded::id).orElse(null));
        m.put("due", text(o.due()));
        m.put("nominal_due", text(o.nominalDue()));
        m.put("due_local", o.due() == null ? null : o.due().atZone(o.zone()).toOffsetDateTime().toString());
        m.put("zone", o.zone().getId());
        m.put("not_before", text(o.notBefore()));
        m.put("deadline_text", r.deadlineText());
        m.put("clock_start", o.clockStart().id());
        m.put("clock_started_at", text(o.clockStartedAt()));
        m.put("explanation", o.explanation());
        m.put("reasons", o.reasons());
        m.put("missing", o.missing());
        m.put("judgments", o.judgments());
        m.put("ordering", o.ordering());
        m.put("citation", r.citation());
        m.put("source_url", r.sourceUrl());
        m.put("confidence", r.confidence().id());
        m.put("rule_status", r.status().id());
        m.put("done", o.completion() == null ? null : Map.of(
                "at", o.completion().doneAt().toString(),
                "channel", o.completion().channel() == null ? "" : o.completion().channel(),
                "reference", o.completion().reference() == null ? "" : o.completion().reference()));
        return m;
    }

    static Map<String, Object> ruleSummary(Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("version", r.version());
        m.put("jurisdiction", r.jurisdiction());
        m.put("regime", r.regime());
        m.put("recipient", r.recipient().type().id());
        m.put("duty", r.duty().id());
        m.put("time_limit", r.timeLimit() == null ? null : r.timeLimit().toString());
        m.put("valid", r.validityText());
        m.put("confidence", r.confidence().id());
        m.put("status", r.status().id());
        m.put("source", r.source());
        return m;
    }

    static Map<String, Object> rule(Rule r) {
        Map<String, Object> m = ruleSummary(r);
        m.put("title", r.title());
        m.put("recipient_name", r.recipient().displayName());
        m.put("phase", r.phase() == null ? null : r.phase().id());
        Map<String, Object> clock = new LinkedHashMap<>();
        clock.put("start", r.clock().event().id());
        clock.put("obligation", r.clock().obligation());
        clock.put("of", r.clock().of() == null ? null : r.clock().of().id());
        m.put("clock", clock);
        Map<String, Object> national = new LinkedHashMap<>();
        r.nationalTimeLimits().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("time_limit", e.getValue().limit().toString());
            n.put("citation", e.getValue().citation());
            n.put("source_url", e.getValue().sourceUrl());
            n.put("confidence", e.getValue().confidence().id());
            n.put("notes", e.getValue().notes());
            national.put(e.getKey(), n);
        });
        m.put("national_time_limits", national);
        m.put("not_before", r.notBefore() == null ? null : r.notBefore().toString());
        m.put("no_later_than", r.noLaterThan());
        m.put("deadline_text", r.deadlineText());
        m.put("conditions", conditions(r.conditions()));
        m.put("ordering", r.ordering().stream().map(o -> Map.of(o.relation().name().toLowerCase(java.util.Locale.ROOT), o.ruleId())).toList());
        m.put("content_requirements", r.contentRequirements());
        m.put("submission", r.submission());
        m.put("authority", r.authority() == null ? null : Map.of("name", r.authority().name(),
                "url", r.authority().url() == null ? "" : r.authority().url()));
        Map<String, Object> authorities = new LinkedHashMap<>();
        r.authorities().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> authorities.put(e.getKey(), e.getValue().name()));
        m.put("authorities", authorities);
        m.put("citation", r.citation());
        m.put("source_url", r.sourceUrl());
        m.put("valid_from", r.validFrom() == null ? null : r.validFrom().toString());
        m.put("valid_to", r.validTo() == null ? null : r.validTo().toString());
        m.put("last_reviewed", r.lastReviewed().toString());
        m.put("notes", r.notes());
        return m;
    }

    private static Map<String, Object> conditions(com.breachdesk.rules.Conditions c) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (c.minAffected() != null) {
            m.put("min_affected", c.minAffected().words() + (c.minAffected().perSubdivision() ? " per subdivision" : ""));
        }
        if (c.maxAffected() != null) {
            m.put("max_affected", c.maxAffected().words());
        }
        if (!c.personalInformation().isEmpty()) {
            m.put("personal_information", c.personalInformation().stream()
                    .map(s -> s.stream().map(Coded::id).sorted().toList()).toList());
        }
        if (c.encryptionSafeHarbor() != null) {
            m.put("encryption_safe_harbor", Map.of("applies", c.encryptionSafeHarbor().applies(),
                    "voided_if_key_compromised", c.encryptionSafeHarbor().voidedIfKeyCompromised()));
        }
        if (!c.sectors().isEmpty()) {
            m.put("sectors", c.sectors().stream().map(Coded::id).sorted().toList());
        }
        if (c.minRisk() != null) {
            m.put("min_risk", c.minRisk().id());
        }
        if (c.harmException() != null) {
            m.put("harm_exception", c.harmException());
        }
        if (c.requiresObligation() != null) {
            m.put("requires_obligation", c.requiresObligation());
        }
        if (c.establishment() != null) {
            m.put("establishment", c.establishment().id());
        }
        if (c.malicious() != null) {
            m.put("malicious", c.malicious());
        }
        if (c.processor() != null) {
            m.put("processor", c.processor());
        }
        if (c.ecommsServiceBreach() != null) {
            m.put("ecomms_service_breach", c.ecommsServiceBreach());
        }
        if (!c.anyOf().isEmpty()) {
            m.put("any_of", c.anyOf().stream().map(AssessmentJson::conditions).toList());
        }
        return m;
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
