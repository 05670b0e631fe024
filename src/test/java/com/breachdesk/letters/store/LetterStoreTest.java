package com.breachdesk.letters.store;

import com.breachdesk.letters.LetterFixtures;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Round trips of every store method against a real case file. */
class LetterStoreTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-05T09:00:00Z");
    private CaseSession session;
    private LetterStore store;

    @BeforeEach
    void open() throws Exception {
        session = CaseSession.create(dir.resolve("c.breachcase"), "T", LetterFixtures.organization(), "Dana", clock);
        store = session.letters().store();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static LetterRecord letter(long batch, long position, String person, String fingerprint) {
        return new LetterRecord(batch, position, person, fingerprint, "letters/ab/" + person + ".pdf", 2,
                "sha-" + person, "us-ca-individual", 1, Instant.parse("2026-03-05T09:00:01Z"));
    }

    @Test
    void startedBatchReadsBackAndIsAudited() {
        BatchRecord started = store.startBatch("/out", "auto", "all", "DRAFT", LocalDate.of(2026, 3, 5), "roster");
        assertEquals(started, store.batch(started.id()).orElseThrow());
        assertEquals(started, store.latestBatch("/out").orElseThrow());
        assertEquals(List.of(started), store.batches());
        assertEquals("Dana", started.startedBy());
        assertEquals("roster", started.source());
        assertThat(session.latestAudit(1).get(0).change().newValue()).startsWith("started: template auto");
    }

    @Test
    void personIdsOfABatchComeBackInPrintOrder() {
        long a = store.startBatch("/a", "auto", "all", "FINAL", LocalDate.of(2026, 3, 5), "roster").id();
        long b = store.startBatch("/b", "auto", "all", "FINAL", LocalDate.of(2026, 3, 5), "roster").id();
        store.addLetters(List.of(letter(a, 1, "12", "f1"), letter(a, 0, "7", "f2"), letter(b, 0, "99", "f3")));
        // Read a page of one at a time, as marking a large batch sent reads them.
        List<String> first = session.file().read(c -> LetterStore.personIds(c, a, -1, 1)).stream()
                .map(LetterStore.PositionedPerson::personId).toList();
        List<String> second = session.file().read(c -> LetterStore.personIds(c, a, 0, 1)).stream()
                .map(LetterStore.PositionedPerson::personId).toList();
        assertEquals(List.of("7"), first);
        assertEquals(List.of("12"), second);
        assertEquals(List.of("99"), session.file().read(c -> LetterStore.personIds(c, b, -1, 10)).stream()
                .map(LetterStore.PositionedPerson::personId).toList());
    }

    @Test
    void finishedBatchKeepsItsTotals() {
        long id = store.startBatch("/out", "auto", "all", "DRAFT", LocalDate.of(2026, 3, 5), "roster").id();
        clock.advance(java.time.Duration.ofMinutes(1));
        store.finishBatch(id, "complete", 10, 14, "abc", "10 letters");
        BatchRecord b = store.batch(id).orElseThrow();
        assertEquals("complete", b.status());
        assertEquals(10L, b.letters());
        assertEquals(14L, b.pages());
        assertEquals("abc", b.manifestSha256());
        assertEquals(Instant.parse("2026-03-05T09:01:00Z"), b.finishedAt());
        assertThat(b.finished()).isTrue();
    }

    @Test
    void resumedBatchIsRunningAgain() {
        long id = store.startBatch("/out", "auto", "all", "DRAFT", LocalDate.of(2026, 3, 5), "roster").id();
        store.finishBatch(id, "cancelled", 3, 3, null, "3 letters");
        store.resumeBatch(id);
        assertEquals("running", store.batch(id).orElseThrow().status());
        assertThat(session.latestAudit(1).get(0).change().newValue()).isEqualTo("resumed");
    }

    @Test
    void lettersReadBackInPositionOrderAndByPersonAndFingerprint() {
        long id = store.startBatch("/out", "auto", "all", "DRAFT", LocalDate.of(2026, 3, 5), "roster").id();
        LetterRecord b = letter(id, 1, "B", "f2");
        LetterRecord a = letter(id, 0, "A", "f1");
        store.addLetters(List.of(b, a));
        assertEquals(List.of(a, b), store.letters(id));
        assertEquals(a, store.findLetter("A", "f1").orElseThrow());
        assertThat(store.findLetter("A", "other")).isEmpty();
    }

    @Test
    void printVolumesReadBack() {
        long id = store.startBatch("/out", "auto", "all", "DRAFT", LocalDate.of(2026, 3, 5), "roster").id();
        PrintVolumeRecord v = new PrintVolumeRecord(id, 0, "print/print-0001.pdf", 0, 3, 6, "sha");
        store.addPrintVolume(v);
        assertEquals(List.of(v), store.printVolumes(id));
    }

    @Test
    void generatedLettersCannotBeChangedOrDeleted() {
        long id = store.startBatch("/out", "auto", "all", "DRAFT", LocalDate.of(2026, 3, 5), "roster").id();
        store.addLetters(List.of(letter(id, 0, "A", "f1")));
        assertThatThrownBy(() -> session.file().write(tx -> {
            try (Statement st = tx.connection().createStatement()) {
                st.executeUpdate("UPDATE letter SET sha256 = 'x'");
            }
            return null;
        })).hasMessageContaining("never changed");
        assertThatThrownBy(() -> session.file().write(tx -> {
            try (Statement st = tx.connection().createStatement()) {
                st.executeUpdate("DELETE FROM letter");
            }
            return null;
        })).hasMessageContaining("never deleted");
    }

    @Test
    void noticeFactsRoundTripAndEveryChangeIsAudited() throws SQLException {
        NoticeFacts facts = session.letters().noticeFacts();
        assertEquals(Map.of("advice", "A", "advice@uk", "Б"), facts.set(Map.of("advice", "A", "advice@uk", "Б")));
        java.util.HashMap<String, String> removal = new java.util.HashMap<>();
        removal.put("advice", null);
        assertEquals(Map.of("advice@uk", "Б"), facts.set(removal));
        assertEquals(Map.of("advice@uk", "Б"), facts.load());
        assertThat(session.verifyAudit().intact()).isTrue();
    }

    @Test
    void unknownNoticeFactChangesNothing() {
        NoticeFacts facts = session.letters().noticeFacts();
        assertThatThrownBy(() -> facts.set(Map.of("advice", "A", "nope", "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(facts.load()).isEmpty();
    }

    @Test
    void noticeFactEditedBehindTheAppsBackBreaksTheAuditCheck() {
        session.letters().noticeFacts().set(Map.of("advice", "A"));
        session.file().write(tx -> {
            try (Statement st = tx.connection().createStatement()) {
                st.executeUpdate("UPDATE notice_fact SET value = 'forged'");
            }
            return null;
        });
        assertThat(session.verifyAudit().intact()).isFalse();
    }
}
