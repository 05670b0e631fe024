package com.breachdesk.session;

import com.breachdesk.incident.Incident;
import com.breachdesk.incident.IncidentField;
import com.breachdesk.organization.OrganizationField;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.support.TestClock;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.timeline.TimelineEntry;
import com.breachdesk.timeline.TimelineKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseRoundTripTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");

    static Map<IncidentField, String> everyIncidentField() {
        Map<IncidentField, String> v = new EnumMap<>(IncidentField.class);
        for (IncidentField f : IncidentField.values()) {
            String input = switch (f.kind()) {
                case TEXT -> "Text of " + f.column() + " — ґ є і ї";
                case LONG_TEXT -> "Line one of " + f.column() + "\nLine two";
                case MOMENT -> "2026-03-0" + (1 + f.ordinal() % 9) + "T14:30:00+02:00[Europe/Kyiv]";
                case CHOICE -> switch (f) {
                    case TYPE -> "ransomware";
                    case STATUS -> "contained";
                    case INTENT -> "malicious";
                    case EXFILTRATION -> "ruled_out";
                    case ENCRYPTION -> "encrypted_key_compromised";
                    default -> throw new IllegalStateException(f.toString());
                };
                case CHOICES -> f == IncidentField.NATURE ? "confidentiality,availability" : "ssn,name,call_metadata";
                case YES_NO -> "yes";
                case COUNT -> "1,200";
            };
            v.put(f, f.normalize(input));
        }
        return v;
    }

    @Test
    void everyIncidentFieldSurvivesCloseAndReopen() throws Exception {
        Path file = dir.resolve("c.breachcase");
        Map<IncidentField, String> values = everyIncidentField();
        try (CaseSession s = CaseSession.create(file, "T", OrganizationProfile.empty(), "alice", clock)) {
            s.incident().setAll(values);
        }
        try (CaseSession s = CaseSession.open(file, "alice", clock)) {
            Incident incident = s.incident().load();
            assertEquals(values, incident.values());
            assertEquals(MomentInZone.parseIso("2026-03-06T14:30:00+02:00[Europe/Kyiv]"), incident.discoveredAt().orElseThrow());
            assertEquals(1200L, incident.approximateRecords().getAsLong());
            assertEquals("name,ssn,call_metadata", incident.values().get(IncidentField.DATA_CATEGORIES));
        }
    }

    @Test
    void everyOrganizationFieldSurvivesCloseAndReopen() throws Exception {
        Path file = dir.resolve("c.breachcase");
        Map<OrganizationField, String> v = new EnumMap<>(OrganizationField.class);
        for (OrganizationField f : OrganizationField.values()) {
            String input = switch (f) {
                case ESTABLISHMENTS -> "ua, pl";
                case EU_MAIN_ESTABLISHMENT -> "pl";
                case SECTORS -> "electronic_communications,public_company";
                case DATA_INVENTORY -> "[{\"label\":\"Billing\",\"categories\":[\"payment_card\",\"billing_address\"]}]";
                case PAPER_SIZE -> "letter";
                case ENVELOPE_WINDOW -> "us_10";
                default -> "Value of " + f.column();
            };
            v.put(f, OrganizationProfile.normalize(f, input));
        }
        try (CaseSession s = CaseSession.create(file, "T", new OrganizationProfile(v), "alice", clock)) {
            assertEquals(v, s.organization().load().values());
        }
        try (CaseSession s = CaseSession.open(file, "alice", clock)) {
            OrganizationProfile p = s.organization().load();
            assertEquals(v, p.values());
            assertEquals(List.of("UA", "PL"), List.copyOf(p.establishments()));
            assertEquals("pl".toUpperCase(), p.euMainEstablishment().orElseThrow());
            assertEquals(1, p.dataInventory().size());
        }
    }

    @Test
    void timelineEntriesAndCorrectionsSurviveCloseAndReopen() throws Exception {
        Path file = dir.resolve("c.breachcase");
        MomentInZone at = MomentInZone.parseIso("2026-03-02T09:15:00-07:00[America/Denver]");
        TimelineEntry first;
        TimelineEntry correction;
        try (CaseSession s = CaseSession.create(file, "T", OrganizationProfile.empty(), "alice", clock)) {
            first = s.timeline().add(at, TimelineKind.DETECTION, "Alert from EDR", OptionalLong.empty());
            clock.advance(java.time.Duration.ofMinutes(5));
            correction = s.timeline().add(MomentInZone.of(at.local().minusHours(1)), TimelineKind.NOTE,
                    "Alert was an hour earlier", OptionalLong.of(first.id()));
        }
        try (CaseSession s = CaseSession.open(file, "bob", clock)) {
            List<TimelineEntry> entries = s.timeline().chronological();
            assertEquals(List.of(correction, first), entries, "event order, not logging order");
            assertEquals("alice", entries.get(0).actor());
            assertEquals(OptionalLong.of(first.id()), entries.get(0).corrects());
            assertEquals("America/Denver", entries.get(1).eventAt().zone().getId());
        }
    }

    @Test
    void aFailedChangeSavesNothingOfIt() throws Exception {
        Path file = dir.resolve("c.breachcase");
        try (CaseSession s = CaseSession.create(file, "T", OrganizationProfile.empty(), "alice", clock)) {
            int auditBefore = s.allAudit().size();
            Map<IncidentField, String> values = new EnumMap<>(IncidentField.class);
            values.put(IncidentField.TITLE, "Changed title");
            values.put(IncidentField.DESCRIPTION, "x".repeat(10));
            assertThrows(RuntimeException.class, () -> s.file().write(tx -> {
                com.breachdesk.incident.IncidentRecord.TABLE.setAll(tx, values);
                throw new IllegalStateException("disk full halfway");
            }));
            assertEquals("T", s.incident().load().title());
            assertEquals(auditBefore, s.allAudit().size());
        }
    }

    @Test
    void timelineRefusesAnEntryWithoutText() throws Exception {
        try (CaseSession s = CaseSession.create(dir.resolve("c.breachcase"), "T", OrganizationProfile.empty(), "a", clock)) {
            assertThrows(IllegalArgumentException.class, () -> s.timeline().add(
                    MomentInZone.parseIso("2026-03-02T10:00Z"), TimelineKind.NOTE, "  ", OptionalLong.empty()));
            assertThrows(IllegalArgumentException.class, () -> s.timeline().add(
                    MomentInZone.parseIso("2026-03-02T10:00Z"), TimelineKind.NOTE, "fix", OptionalLong.of(99)));
            assertTrue(s.timeline().chronological().isEmpty());
        }
    }
}
