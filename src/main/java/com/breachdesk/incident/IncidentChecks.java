package com.breachdesk.incident;

import com.breachdesk.time.MomentInZone;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The consistency rules of an incident record. Problems are reported, not enforced: facts arrive out
 * of order during a response, and a half-filled record must still be savable.
 */
public final class IncidentChecks {

    /** Fields a case cannot go without for long: every deadline and letter needs them. */
    public static final Set<IncidentField> REQUIRED =
            Set.of(IncidentField.TITLE, IncidentField.TYPE, IncidentField.DISCOVERED_AT);

    private IncidentChecks() {
    }

    public static List<IncidentProblem> check(Incident incident) {
        List<IncidentProblem> problems = new ArrayList<>();
        for (IncidentField field : IncidentField.values()) {
            if (REQUIRED.contains(field) && incident.get(field).isEmpty()) {
                problems.add(new IncidentProblem(field, field.label() + " is required"));
            }
        }
        Optional<MomentInZone> occurredFrom = incident.occurredFrom();
        Optional<MomentInZone> occurredTo = incident.moment(IncidentField.OCCURRED_TO);
        Optional<MomentInZone> discovered = incident.discoveredAt();
        Optional<MomentInZone> aware = incident.awareAt();
        if (occurredFrom.isPresent() && occurredTo.isPresent() && occurredTo.get().isBefore(occurredFrom.get())) {
            problems.add(new IncidentProblem(IncidentField.OCCURRED_TO, "Occurred until is before occurred from"));
        }
        if (occurredFrom.isPresent() && discovered.isPresent() && discovered.get().isBefore(occurredFrom.get())) {
            problems.add(new IncidentProblem(IncidentField.DISCOVERED_AT, "Discovered is before the incident occurred"));
        }
        if (discovered.isPresent() && aware.isPresent() && aware.get().isBefore(discovered.get())
                && incident.get(IncidentField.AWARE_REASON).isEmpty()) {
            problems.add(new IncidentProblem(IncidentField.AWARE_AT,
                    "Became aware is before discovery: record the reason, or correct the time"));
        }
        incident.containedAt().ifPresent(contained -> occurredFrom.filter(contained::isBefore).ifPresent(o ->
                problems.add(new IncidentProblem(IncidentField.CONTAINED_AT, "Contained is before the incident occurred"))));
        return problems;
    }

    public static List<IncidentProblem> problemsFor(Incident incident, IncidentField field) {
        return check(incident).stream().filter(p -> p.field() == field).toList();
    }
}
