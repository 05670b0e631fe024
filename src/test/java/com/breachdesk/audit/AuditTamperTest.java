package com.breachdesk.audit;

import com.breachdesk.demo.DemoCase;
import com.breachdesk.incident.IncidentField;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditTamperTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");

    private Path demoCase() throws Exception {
        Path file = dir.resolve("demo.breachcase");
        DemoCase.create(file, "alice", clock).close();
        return file;
    }

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private AuditVerification verify(Path file) throws Exception {
        try (CaseSession s = CaseSession.open(file, "alice", clock)) {
            return s.verifyAudit();
        }
    }

    @Test
    void anUntouchedCaseVerifies() throws Exception {
        Path file = demoCase();
        try (CaseSession s = CaseSession.open(file, "bob", clock)) {
            s.incident().set(IncidentField.TITLE, "Renamed by Bob");
            AuditEntry last = s.latestAudit(1).get(0);
            assertEquals("bob", last.actor());
            assertEquals(DemoCase.TITLE, last.change().oldValue());
            assertEquals("Renamed by Bob", last.change().newValue());
        }
        AuditVerification v = verify(file);
        assertTrue(v.intact(), v.problem());
    }

    @Test
    void editingIncidentDataOutsideTheAppIsDetected() throws Exception {
        Path file = demoCase();
        sql(file, "UPDATE incident SET aware_at = '2026-03-01T00:00:00Z Europe/Kyiv'");
        AuditVerification v = verify(file);
        assertFalse(v.intact());
        assertThat(v.problem()).contains("incident/1/aware_at");
    }

    @Test
    void editingAnAuditEntryBreaksTheChainAtThatEntry() throws Exception {
        Path file = demoCase();
        sql(file, "DROP TRIGGER audit_log_no_update",
                "UPDATE audit_log SET actor = 'mallory' WHERE seq = 5");
        AuditVerification v = verify(file);
        assertFalse(v.intact());
        assertEquals(5, v.firstBrokenSeq().getAsLong());
    }

    @Test
    void deletingAnAuditEntryIsDetected() throws Exception {
        Path file = demoCase();
        sql(file, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE seq = 7");
        AuditVerification v = verify(file);
        assertFalse(v.intact());
        assertEquals(7, v.firstBrokenSeq().getAsLong());
    }

    @Test
    void rewritingATimelineEntryIsDetected() throws Exception {
        Path file = demoCase();
        sql(file, "DROP TRIGGER timeline_entry_no_update", "UPDATE timeline_entry SET text = 'nothing happened' WHERE id = 2");
        AuditVerification v = verify(file);
        assertFalse(v.intact());
        assertThat(v.problem()).contains("timeline/2/entry");
    }

    @Test
    void theAppCannotRewriteTimelineOrAuditRowsEvenBySql() throws Exception {
        Path file = demoCase();
        try (CaseSession s = CaseSession.open(file, "alice", clock)) {
            RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                    () -> s.file().write(tx -> tx.connection().createStatement().executeUpdate(
                            "UPDATE timeline_entry SET text = 'x'")));
            assertThat(e.getMessage()).contains("append-only");
        }
    }
}
