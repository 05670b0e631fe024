package com.breachdesk.incident;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncidentChecksTest {

    private static Incident complete() {
        return Incident.empty()
                .with(IncidentField.TITLE, "T")
                .with(IncidentField.TYPE, "ransomware")
                .with(IncidentField.OCCURRED_FROM, IncidentField.OCCURRED_FROM.normalize("2026-03-01T10:00Z"))
                .with(IncidentField.DISCOVERED_AT, IncidentField.DISCOVERED_AT.normalize("2026-03-02T10:00Z"))
                .with(IncidentField.AWARE_AT, IncidentField.AWARE_AT.normalize("2026-03-02T12:00Z"));
    }

    private static List<IncidentField> fieldsWithProblems(Incident i) {
        return IncidentChecks.check(i).stream().map(IncidentProblem::field).toList();
    }

    @Test
    void aConsistentIncidentHasNoProblems() {
        assertTrue(IncidentChecks.check(complete()).isEmpty());
    }

    @Test
    void titleTypeAndDiscoveryAreRequired() {
        assertEquals(List.of(IncidentField.TITLE, IncidentField.TYPE, IncidentField.DISCOVERED_AT),
                fieldsWithProblems(Incident.empty()));
    }

    @Test
    void discoveryBeforeTheIncidentOccurredIsAProblem() {
        Incident i = complete().with(IncidentField.DISCOVERED_AT, IncidentField.DISCOVERED_AT.normalize("2026-02-28T10:00Z"));
        assertTrue(fieldsWithProblems(i).contains(IncidentField.DISCOVERED_AT));
    }

    @Test
    void awarenessBeforeDiscoveryNeedsARecordedReason() {
        Incident early = complete().with(IncidentField.AWARE_AT, IncidentField.AWARE_AT.normalize("2026-03-02T09:00Z"));
        assertEquals(List.of(IncidentField.AWARE_AT), fieldsWithProblems(early));
        Incident explained = early.with(IncidentField.AWARE_REASON, "A partner told us before our own systems found it");
        assertTrue(IncidentChecks.check(explained).isEmpty());
    }

    @Test
    void comparesInstantsNotWallClockTimes() {
        // 12:30 in Kyiv (UTC+2) is 10:30 UTC: after discovery at 10:00 UTC, although "12:30" < "13:00" locally elsewhere.
        Incident i = complete()
                .with(IncidentField.DISCOVERED_AT, IncidentField.DISCOVERED_AT.normalize("2026-03-02T13:00+03:00"))
                .with(IncidentField.AWARE_AT, IncidentField.AWARE_AT.normalize("2026-03-02T12:30+02:00[Europe/Kyiv]"));
        assertTrue(IncidentChecks.check(i).isEmpty());
    }

    @Test
    void inputIsNormalisedOrRejectedWithTheFieldName() {
        assertEquals("true", IncidentField.DATA_RECOVERED.normalize("Yes"));
        assertEquals("12000", IncidentField.APPROXIMATE_RECORDS.normalize("12,000"));
        assertEquals("name,ssn", IncidentField.DATA_CATEGORIES.normalize("ssn, name"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IncidentField.ENCRYPTION.normalize("aes"));
        assertTrue(e.getMessage().contains("encrypted_key_safe"));
        assertThrows(IllegalArgumentException.class, () -> IncidentField.APPROXIMATE_RECORDS.normalize("-3"));
    }
}
