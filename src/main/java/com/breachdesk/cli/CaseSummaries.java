package com.breachdesk.cli;

import com.breachdesk.audit.AuditEntry;
import com.breachdesk.incident.Incident;
import com.breachdesk.incident.IncidentChecks;
import com.breachdesk.incident.IncidentField;
import com.breachdesk.incident.IncidentProblem;
import com.breachdesk.organization.OrganizationField;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.session.CaseSession;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.timeline.TimelineEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the JSON shapes the CLI prints. Keys are stable: scripts and tests read them. */
final class CaseSummaries {

    private CaseSummaries() {
    }

    static Map<String, Object> info(CaseSession session) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", session.path().toString());
        out.put("case_id", session.file().caseId());
        out.put("schema_version", session.file().schemaVersion());
        out.put("organization", organization(session.organization().load()));
        Incident incident = session.incident().load();
        out.put("incident", incident(incident));
        List<Map<String, String>> problems = new ArrayList<>();
        for (IncidentProblem p : IncidentChecks.check(incident)) {
            problems.add(Map.of("field", p.field().column(), "message", p.message()));
        }
        out.put("problems", problems);
        List<TimelineEntry> timeline = session.timeline().chronological();
        out.put("timeline_entries", timeline.size());
        out.put("audit_entries", session.allAudit().size());
        return out;
    }

    static Map<String, Object> organization(OrganizationProfile profile) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (OrganizationField f : OrganizationField.values()) {
            String v = profile.values().get(f);
            switch (f) {
                case ESTABLISHMENTS -> out.put(f.column(), List.copyOf(profile.establishments()));
                case SECTORS -> out.put(f.column(), profile.sectors().stream().map(s -> s.id()).toList());
                case DATA_INVENTORY -> out.put(f.column(), profile.dataInventory().stream().map(i -> Map.of(
                        "label", i.label(), "categories", i.categories().stream().sorted().map(c -> c.id()).toList()))
                        .toList());
                default -> out.put(f.column(), v);
            }
        }
        return out;
    }

    static Map<String, Object> incident(Incident incident) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (IncidentField f : IncidentField.values()) {
            String v = incident.values().get(f);
            Object shown = v;
            if (v != null) {
                shown = switch (f.kind()) {
                    case MOMENT -> MomentInZone.decode(v).map(MomentInZone::iso).orElse(null);
                    case CHOICES -> List.of(v.split(","));
                    case YES_NO -> Boolean.parseBoolean(v);
                    case COUNT -> Long.parseLong(v);
                    default -> v;
                };
            }
            out.put(f.column(), shown);
        }
        return out;
    }

    static Map<String, Object> timelineEntry(TimelineEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("event_at", e.eventAt().iso());
        out.put("logged_at", e.loggedAt().toString());
        out.put("kind", e.kind().id());
        out.put("actor", e.actor());
        out.put("text", e.text());
        out.put("corrects", e.corrects().isPresent() ? e.corrects().getAsLong() : null);
        if (e.privileged()) {
            out.put("privileged", true);
        }
        return out;
    }

    static Map<String, Object> auditEntry(AuditEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seq", e.seq());
        out.put("at", e.at().toString());
        out.put("actor", e.actor());
        out.put("action", e.change().action());
        out.put("entity", e.change().entity());
        out.put("entity_id", e.change().entityId());
        out.put("field", e.change().field());
        out.put("old_value", e.change().oldValue());
        out.put("new_value", e.change().newValue());
        out.put("hash", e.hash());
        return out;
    }
}
