package com.breachdesk.timeline;

import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestCases;
import com.breachdesk.support.TestClock;
import com.breachdesk.time.MomentInZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrivilegedTimelineTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");
    private final MomentInZone at = new MomentInZone(clock.instant(), ZoneId.of("Europe/Kyiv"));

    @Test
    void privilegeIsStoredWithTheEntry() throws Exception {
        try (CaseSession s = TestCases.create(dir, clock)) {
            s.timeline().add(at, TimelineKind.NOTE, "Counsel advises waiting for forensics", OptionalLong.empty(), true);
            s.timeline().add(at, TimelineKind.DETECTION, "EDR alert", OptionalLong.empty());
        }
        try (CaseSession s = CaseSession.open(dir.resolve("case.breachcase"), "tester", clock)) {
            assertThat(s.timeline().chronological()).extracting(TimelineEntry::privileged).containsExactly(true, false);
            assertThat(s.verifyAudit().intact()).isTrue();
        }
    }

    @Test
    void theAuditTrailDoesNotCarryThePrivilegedWords() throws Exception {
        try (CaseSession s = TestCases.create(dir, clock)) {
            s.timeline().add(at, TimelineKind.NOTE, "Counsel advises waiting", OptionalLong.empty(), true);
            assertThat(s.allAudit()).noneMatch(e -> String.valueOf(e.change().newValue()).contains("Counsel advises"));
            assertThat(s.allAudit()).anyMatch(e -> String.valueOf(e.change().newValue()).contains("\"privileged\":true"));
        }
    }

    @Test
    void aCorrectionOfAPrivilegedEntryIsPrivilegedToo() throws Exception {
        try (CaseSession s = TestCases.create(dir, clock)) {
            TimelineEntry note = s.timeline().add(at, TimelineKind.NOTE, "Advice", OptionalLong.empty(), true);
            TimelineEntry fix = s.timeline().add(at, TimelineKind.NOTE, "Advice, corrected", OptionalLong.of(note.id()));
            assertThat(fix.privileged()).isTrue();
        }
    }

    @Test
    void aCorrectionCanCarryPrivilegeOfItsOwn() throws Exception {
        try (CaseSession s = TestCases.create(dir, clock)) {
            TimelineEntry plain = s.timeline().add(at, TimelineKind.DECISION, "Notify", OptionalLong.empty());
            TimelineEntry fix = s.timeline().add(at, TimelineKind.DECISION, "Notify, per counsel's memo",
                    OptionalLong.of(plain.id()), true);
            assertThat(fix.privileged()).isTrue();
            assertThat(s.timeline().chronological().get(0).privileged()).isFalse();
        }
    }

    @Test
    void theFlagCannotBeChangedAfterwards() throws Exception {
        try (CaseSession s = TestCases.create(dir, clock)) {
            s.timeline().add(at, TimelineKind.NOTE, "x", OptionalLong.empty(), true);
            assertThatThrownBy(() -> s.file().read(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate("UPDATE timeline_entry SET privileged = 0");
                }
            })).hasMessageContaining("append-only");
        }
    }
}
