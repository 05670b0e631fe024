package com.breachdesk.casefile;

import com.breachdesk.casefile.CaseFileRefusedException.Reason;
import com.breachdesk.demo.DemoCase;
import com.breachdesk.preferences.VerifiedCaseLedger;
import com.breachdesk.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntegrityCheckPolicyTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");

    /** Redefines an index without rebuilding it: pages stay valid (quick_check passes), the index no longer matches its table. */
    private static void corruptAnIndexSilently(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA writable_schema = ON");
            st.execute("UPDATE sqlite_schema SET sql = 'CREATE INDEX timeline_entry_by_event ON timeline_entry (text)' "
                    + "WHERE name = 'timeline_entry_by_event'");
        }
    }

    @Test
    void aCaseClosedByBreachdeskIsRecognisedUntilSomethingElseChangesIt() throws Exception {
        VerifiedCaseLedger ledger = new VerifiedCaseLedger(dir.resolve("prefs"));
        Path file = dir.resolve("demo.breachcase");
        DemoCase.create(file, "t", clock, ledger).close();
        assertTrue(ledger.unchangedSinceClosed(file, FileFingerprint.of(file)));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("UPDATE case_meta SET value = 'edited' WHERE key = 'created_by'");
        }
        assertFalse(ledger.unchangedSinceClosed(file, FileFingerprint.of(file)));
    }

    @Test
    void aFileChangedOutsideBreachdeskGetsTheFullIntegrityCheck() throws Exception {
        VerifiedCaseLedger ledger = new VerifiedCaseLedger(dir.resolve("prefs"));
        Path file = dir.resolve("demo.breachcase");
        DemoCase.create(file, "t", clock, ledger).close();
        corruptAnIndexSilently(file);
        CaseFileRefusedException e = assertThrows(CaseFileRefusedException.class, () -> CaseFile.open(file, "t", clock, ledger));
        assertEquals(Reason.CORRUPT, e.reason());
    }

    @Test
    void theQuickCheckIsOnlyUsedForFilesTheLedgerVouchesFor() throws Exception {
        Path file = dir.resolve("demo.breachcase");
        DemoCase.create(file, "t", clock).close();
        corruptAnIndexSilently(file);
        VerifiedFiles vouchesForEverything = new VerifiedFiles() {
            @Override
            public boolean unchangedSinceClosed(Path f, FileFingerprint now) {
                return true;
            }

            @Override
            public void closed(Path f, FileFingerprint state) {
            }
        };
        // The quick check verifies pages and b-trees, not index contents: this damage needs the full check.
        CaseFile.open(file, "t", clock, vouchesForEverything).close();
        assertThrows(CaseFileRefusedException.class, () -> CaseFile.open(file, "t", clock, VerifiedFiles.none()));
    }
}
