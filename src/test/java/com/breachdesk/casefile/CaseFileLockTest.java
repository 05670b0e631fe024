package com.breachdesk.casefile;

import com.breachdesk.casefile.CaseFileRefusedException.Reason;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestClock;
import com.breachdesk.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseFileLockTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");

    @Test
    void aCaseOpenInThisProcessCannotBeOpenedTwice() throws Exception {
        Path file = dir.resolve("c.breachcase");
        try (CaseFile first = CaseFile.create(file, "t", clock)) {
            CaseFileRefusedException e = assertThrows(CaseFileRefusedException.class, () -> CaseFile.open(file, "t", clock));
            assertEquals(Reason.OPEN_ELSEWHERE, e.reason());
            assertThat(e.getMessage()).contains("open in another window/process");
        }
        CaseFile.open(file, "t", clock).close();
    }

    @Test
    void aCaseOpenInAnotherProcessIsRefusedUntilThatProcessDies() throws Exception {
        Path file = dir.resolve("c.breachcase");
        CaseFile.create(file, "t", clock).close();
        try (OtherProcess other = OtherProcess.holding(file, "hold")) {
            CaseFileRefusedException e = assertThrows(CaseFileRefusedException.class, () -> CaseFile.open(file, "t", clock));
            assertEquals(Reason.OPEN_ELSEWHERE, e.reason());
            assertThat(e.getMessage()).contains("open in another window/process");
            other.crash();
        }
        // The lock died with the process: no stale marker keeps the case closed.
        CaseFile.open(file, "t", clock).close();
    }

    @Test
    void aProcessKilledMidWriteLosesNothingItHadCommitted() throws Exception {
        Path file = dir.resolve("c.breachcase");
        CaseFile.create(file, "t", clock).close();
        List<Long> committed = new ArrayList<>();
        try (OtherProcess writer = OtherProcess.holding(file, "write")) {
            while (committed.size() < 40) {
                String line = writer.readLine();
                if (line != null && line.startsWith("COMMITTED ")) {
                    committed.add(Long.parseLong(line.substring(10)));
                }
            }
            writer.crash();
        }
        try (CaseSession session = CaseSession.open(file, "t", clock)) {
            List<Long> stored = session.timeline().chronological().stream().map(TimelineEntry::id).toList();
            assertTrue(stored.containsAll(committed), "every entry reported as committed is in the file");
            assertTrue(session.verifyAudit().intact(), "audit trail intact after the crash");
        }
    }
}
