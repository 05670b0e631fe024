package com.breachdesk.seal;

import com.breachdesk.demo.DemoCase;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestClock;
import com.breachdesk.timeline.TimelineEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseSealerTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");
    private final char[] passphrase = "correct horse battery staple".toCharArray();
    // Real Argon2id, lighter cost so the suite stays fast; the cost is read back from the header.
    private final CaseSealer sealer = new CaseSealer(new CaseSealer.Cost(8 * 1024, 2, 1));
    private Path sealed;
    private List<TimelineEntry> originalTimeline;

    @BeforeEach
    void sealTheDemoCase() throws Exception {
        sealed = dir.resolve("handover" + CaseSealer.EXTENSION);
        try (CaseSession session = DemoCase.create(dir.resolve("demo.breachcase"), "alice", clock)) {
            originalTimeline = session.timeline().chronological();
            sealer.seal(session.file(), sealed, passphrase);
        }
    }

    private List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aSealedCaseUnsealsToTheSameCase() throws Exception {
        Path restored = dir.resolve("restored.breachcase");
        CaseSealer.unseal(sealed, restored, passphrase);
        try (CaseSession session = CaseSession.open(restored, "bob", clock)) {
            assertEquals(originalTimeline, session.timeline().chronological());
            assertEquals(DemoCase.TITLE, session.incident().load().title());
            assertTrue(session.verifyAudit().intact(), "the audit trail travels intact");
        }
    }

    @Test
    void theSealedFileDoesNotContainTheCaseInClear() throws Exception {
        String bytes = new String(Files.readAllBytes(sealed), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("SMART-POINT"));
        assertFalse(bytes.contains("SQLite format 3"));
    }

    @Test
    void aWrongPassphraseWritesNothing() throws Exception {
        Path restored = dir.resolve("restored.breachcase");
        List<Path> before = filesIn(dir);
        SealException e = assertThrows(SealException.class,
                () -> CaseSealer.unseal(sealed, restored, "not the passphrase".toCharArray()));
        assertThat(e.getMessage()).contains("Wrong passphrase");
        assertEquals(before, filesIn(dir), "no case file and no temporary file left behind");
    }

    @ParameterizedTest(name = "flipping a byte at {0}% of the file is detected")
    @ValueSource(ints = {0, 5, 50, 99})
    void aFlippedByteAnywhereIsDetectedAndWritesNothing(int percent) throws Exception {
        long size = Files.size(sealed);
        long position = Math.min(size - 1, size * percent / 100);
        try (RandomAccessFile raf = new RandomAccessFile(sealed.toFile(), "rw")) {
            raf.seek(position);
            int b = raf.read();
            raf.seek(position);
            raf.write(b ^ 0x01);
        }
        Path restored = dir.resolve("restored.breachcase");
        assertThrows(SealException.class, () -> CaseSealer.unseal(sealed, restored, passphrase));
        assertFalse(Files.exists(restored));
    }

    @Test
    void aTruncatedFileIsDetected() throws Exception {
        byte[] all = Files.readAllBytes(sealed);
        Files.write(sealed, java.util.Arrays.copyOf(all, all.length - 100));
        assertThrows(SealException.class, () -> CaseSealer.unseal(sealed, dir.resolve("r.breachcase"), passphrase));
    }

    @Test
    void somethingElseIsNotMistakenForASealedCase() throws Exception {
        Path other = dir.resolve("notes.breachsealed");
        Files.writeString(other, "hello");
        SealException e = assertThrows(SealException.class, () -> CaseSealer.unseal(other, dir.resolve("r.breachcase"), passphrase));
        assertThat(e.getMessage()).contains("not a sealed Breachdesk case");
    }

    @Test
    void neitherSideOverwritesAnExistingFile() throws Exception {
        Path existing = dir.resolve("existing.breachcase");
        Files.writeString(existing, "keep");
        assertThrows(IllegalArgumentException.class, () -> CaseSealer.unseal(sealed, existing, passphrase));
        assertEquals("keep", Files.readString(existing));
    }
}
