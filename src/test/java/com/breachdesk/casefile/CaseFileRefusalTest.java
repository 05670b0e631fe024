package com.breachdesk.casefile;

import com.breachdesk.casefile.CaseFileRefusedException.Reason;
import com.breachdesk.support.Files2;
import com.breachdesk.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CaseFileRefusalTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");

    private CaseFileRefusedException refusedAndUntouched(Path file) throws Exception {
        String before = Files2.sha256(file);
        long size = Files.size(file);
        CaseFileRefusedException e = assertThrows(CaseFileRefusedException.class, () -> CaseFile.open(file, "t", clock));
        assertEquals(before, Files2.sha256(file), "refused file must be byte-for-byte unchanged");
        assertEquals(size, Files.size(file));
        return e;
    }

    @Test
    void refusesAFileThatIsNotSqlite() throws Exception {
        Path file = dir.resolve("notes.breachcase");
        Files.writeString(file, "name,email\nAlice,alice@example.com\n", StandardCharsets.UTF_8);
        CaseFileRefusedException e = refusedAndUntouched(file);
        assertEquals(Reason.NOT_SQLITE, e.reason());
        assertThat(e.getMessage()).contains("not a Breachdesk case file");
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path file = dir.resolve("empty.breachcase");
        Files.createFile(file);
        assertEquals(Reason.NOT_SQLITE, refusedAndUntouched(file).reason());
    }

    @Test
    void refusesAnotherApplicationsSqliteDatabase() throws Exception {
        Path file = dir.resolve("foreign.breachcase");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE contacts (name TEXT, email TEXT)");
            st.execute("INSERT INTO contacts VALUES ('Alice', 'alice@example.com')");
        }
        CaseFileRefusedException e = refusedAndUntouched(file);
        assertEquals(Reason.FOREIGN, e.reason());
        assertThat(e.getMessage()).contains("not a Breachdesk case file");
    }

    @Test
    void refusesACaseWrittenByANewerVersion() throws Exception {
        Path file = dir.resolve("newer.breachcase");
        CaseFile.create(file, "t", clock).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (Migrations.latest() + 1));
        }
        CaseFileRefusedException e = refusedAndUntouched(file);
        assertEquals(Reason.NEWER_SCHEMA, e.reason());
        assertThat(e.getMessage()).contains("newer Breachdesk");
    }

    @Test
    void refusesADamagedCaseFile() throws Exception {
        Path file = dir.resolve("damaged.breachcase");
        CaseFile.create(file, "t", clock).close();
        int pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             var rs = st.executeQuery("PRAGMA page_size")) {
            rs.next();
            pageSize = rs.getInt(1);
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            // Overwrite the b-tree page-type byte of every page after the schema page.
            for (long page = 1; (page + 1) * pageSize <= raf.length(); page++) {
                raf.seek(page * pageSize);
                raf.write(0x7F);
            }
        }
        CaseFileRefusedException e = refusedAndUntouched(file);
        assertEquals(Reason.CORRUPT, e.reason());
        assertThat(e.getMessage()).contains("damaged");
    }

    @Test
    void refusesToCreateOverAnExistingFile() throws Exception {
        Path file = dir.resolve("exists.breachcase");
        Files.writeString(file, "keep me");
        CaseFileRefusedException e = assertThrows(CaseFileRefusedException.class, () -> CaseFile.create(file, "t", clock));
        assertEquals(Reason.ALREADY_EXISTS, e.reason());
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void refusesAMissingFile() {
        CaseFileRefusedException e = assertThrows(CaseFileRefusedException.class,
                () -> CaseFile.open(dir.resolve("missing.breachcase"), "t", clock));
        assertEquals(Reason.NOT_FOUND, e.reason());
    }
}
