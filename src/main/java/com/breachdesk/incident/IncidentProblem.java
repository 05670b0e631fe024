package com.breachdesk.incident;

/** Something about the recorded incident that needs the responder's attention, tied to one field. */
public record IncidentProblem(IncidentField field, String message) {
}
