package com.breachdesk.casefile;

import com.breachdesk.support.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MigrationsTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");

    @Test
    void versionsAreConsecutiveFromOne() {
        List<Migration> all = Migrations.all();
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, all.get(i).version(), "migration at position " + i);
        }
        assertEquals(all.size(), Migrations.latest());
    }

    @Test
    void aFileLeftAtEveryOlderVersionMigratesToTheSameSchemaAsAFreshFile() throws Exception {
        List<String> fresh;
        try (CaseFile file = CaseFile.create(dir.resolve("fresh.breachcase"), "t", clock)) {
            fresh = file.read(SchemaDump::of);
        }
        for (int stopAt = 1; stopAt <= Migrations.latest(); stopAt++) {
            Path old = dir.resolve("old-" + stopAt + ".breachcase");
            // What an older release wrote: the first stopAt steps, each committed on its own.
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old, new SQLiteConfig().toProperties());
                 Statement st = c.createStatement()) {
                st.execute("PRAGMA application_id = " + CaseFileInspector.APPLICATION_ID);
                for (int step = 1; step <= stopAt; step++) {
                    SchemaMigrator.migrate(c, Migrations.all(), step);
                }
            }
            try (CaseFile migrated = CaseFile.open(old, "t", clock)) {
                assertEquals(fresh, migrated.read(SchemaDump::of), "file left at version " + stopAt);
                assertEquals(Migrations.latest(), migrated.schemaVersion());
            }
        }
    }

    @Test
    void newFilesUseWalAndEnforceForeignKeys() throws Exception {
        try (CaseFile file = CaseFile.create(dir.resolve("c.breachcase"), "t", clock)) {
            assertEquals("wal", file.read(c -> {
                try (var rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            }));
            int foreignKeys = file.read(c -> {
                try (var rs = c.createStatement().executeQuery("PRAGMA foreign_keys")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(1, foreignKeys);
        }
    }
}
