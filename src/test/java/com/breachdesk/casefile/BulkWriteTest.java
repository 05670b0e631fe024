package com.breachdesk.casefile;

import com.breachdesk.casefile.CaseFileRefusedException.Reason;
import com.breachdesk.support.Files2;
import com.breachdesk.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bulk writes go through a rollback journal; a journal left by a crash puts the case back as it was. */
class BulkWriteTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");

    @Test
    void aBulkWriteIsSavedAndTheCaseIsBackOnItsWriteAheadLog() throws Exception {
        Path file = dir.resolve("bulk.breachcase");
        try (CaseFile cf = CaseFile.create(file, "t", clock)) {
            cf.writeInBulk(tx -> {
                CaseFile.putMeta(tx.connection(), "bulk", "yes");
                return null;
            });
            assertEquals("wal", cf.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            }));
            assertFalse(Files.exists(journalOf(file)));
        }
        try (CaseFile cf = CaseFile.open(file, "t", clock)) {
            assertEquals("yes", cf.read(c -> CaseFile.meta(c, "bulk")).orElseThrow());
        }
    }

    @Test
    void aFailedBulkWriteLeavesNothingBehind() throws Exception {
        Path file = dir.resolve("failed.breachcase");
        try (CaseFile cf = CaseFile.create(file, "t", clock)) {
            assertThrows(IllegalStateException.class, () -> cf.writeInBulk(tx -> {
                CaseFile.putMeta(tx.connection(), "bulk", "half");
                throw new IllegalStateException("cancelled");
            }));
            assertTrue(cf.read(c -> CaseFile.meta(c, "bulk")).isEmpty());
            cf.write(tx -> {
                CaseFile.putMeta(tx.connection(), "after", "still writable");
                return null;
            });
        }
        assertFalse(Files.exists(journalOf(file)));
    }

    @Test
    void aCaseCutOffInTheMiddleOfABulkWriteOpensAsItWasBefore() throws Exception {
        Path file = dir.resolve("live.breachcase");
        CaseFile.create(file, "t", clock).close();
        String before = Files2.sha256(file);
        Path crashed = dir.resolve("crashed.breachcase");
        snapshotInTheMiddleOfAJournaledWrite(file, crashed, "INSERT INTO case_meta (key, value) VALUES (?, ?)");
        assertNotEquals(before, Files2.sha256(crashed), "the crash left half-written pages in the file");

        try (CaseFile cf = CaseFile.open(crashed, "t", clock)) {
            assertTrue(cf.read(c -> CaseFile.meta(c, "row-1")).isEmpty());
            assertTrue(cf.read(c -> CaseFile.meta(c, "case_id")).isPresent());
        }
        assertFalse(Files.exists(journalOf(crashed)));
    }

    @Test
    void anotherApplicationsDatabaseWithAJournalIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("foreign.breachcase");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE contacts (key TEXT, value TEXT)");
        }
        Path crashed = dir.resolve("foreign-crashed.breachcase");
        snapshotInTheMiddleOfAJournaledWrite(file, crashed, "INSERT INTO contacts (key, value) VALUES (?, ?)");
        String db = Files2.sha256(crashed);
        String journal = Files2.sha256(journalOf(crashed));

        CaseFileRefusedException e = assertThrows(CaseFileRefusedException.class, () -> CaseFile.open(crashed, "t", clock));
        assertNotEquals(Reason.NOT_FOUND, e.reason());
        assertEquals(db, Files2.sha256(crashed));
        assertEquals(journal, Files2.sha256(journalOf(crashed)));
    }

    /**
     * Copies {@code file} and its rollback journal to {@code copy} while a write transaction has spilled pages into
     * the file: exactly what a power cut at that moment leaves on disk.
     */
    private static void snapshotInTheMiddleOfAJournaledWrite(Path file, Path copy, String insert) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("PRAGMA cache_size = 10"); // pages: the transaction soon spills into the file
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                for (int i = 1; i <= 2_000; i++) {
                    ps.setString(1, "row-" + i);
                    ps.setString(2, "x".repeat(400));
                    ps.executeUpdate();
                }
            }
            assertTrue(Files.size(journalOf(file)) > 0);
            Files.copy(file, copy);
            Files.copy(journalOf(file), journalOf(copy));
            c.rollback();
        }
    }

    private static Path journalOf(Path file) {
        return file.resolveSibling(file.getFileName() + "-journal");
    }
}
