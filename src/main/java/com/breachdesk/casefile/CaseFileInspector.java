package com.breachdesk.casefile;

import com.breachdesk.casefile.CaseFileRefusedException.Reason;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Decides whether a file may be opened as a case, without writing to it: the header is read as plain
 * bytes, then SQLite looks at it through a read-only connection. Only a file that passes is opened for
 * writing (and only then migrated or switched to WAL).
 */
public final class CaseFileInspector {

    static final int APPLICATION_ID = 0x42444331; // "BDC1": set in every case file's header

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private CaseFileInspector() {
    }

    /** Returns the file's schema version, or refuses it; never writes to the file. Runs the full integrity check. */
    public static int inspect(Path path) throws CaseFileRefusedException {
        return inspect(path, true);
    }

    /**
     * As {@link #inspect(Path)}; with {@code fullCheck} false it runs {@code quick_check}, which verifies
     * every page and b-tree but not that indexes match their tables.
     */
    static int inspect(Path path, boolean fullCheck) throws CaseFileRefusedException {
        String name = path.getFileName().toString();
        checkHeader(path, name);
        try (Connection ro = readOnly(path)) {
            int applicationId;
            int version;
            try (Statement st = ro.createStatement()) {
                applicationId = intPragma(st, "application_id");
                version = intPragma(st, "user_version");
            }
            if (applicationId != APPLICATION_ID) {
                throw new CaseFileRefusedException(path, Reason.FOREIGN,
                        name + " is an SQLite database, but not a Breachdesk case file. It was not changed.");
            }
            if (version > Migrations.latest()) {
                throw new CaseFileRefusedException(path, Reason.NEWER_SCHEMA,
                        name + " was written by a newer Breachdesk (case format " + version + ", this version reads up to "
                                + Migrations.latest() + "). Update Breachdesk to open it. The file was not changed.");
            }
            String integrity = integrityCheck(ro, fullCheck ? "integrity_check" : "quick_check");
            if (!"ok".equals(integrity)) {
                throw corrupt(path, name, integrity, null);
            }
            return version;
        } catch (SQLException e) {
            throw classify(path, name, e);
        }
    }

    private static void checkHeader(Path path, String name) throws CaseFileRefusedException {
        byte[] head;
        try {
            head = head(path, SQLITE_MAGIC.length);
        } catch (IOException e) {
            throw new CaseFileRefusedException(path, Reason.UNREADABLE,
                    "Cannot read " + name + ": " + e.getMessage(), e);
        }
        if (!startsWithMagic(head)) {
            throw new CaseFileRefusedException(path, Reason.NOT_SQLITE,
                    name + " is not a Breachdesk case file (it is not an SQLite database). It was not changed.");
        }
    }

    /** Whether the file starts with SQLite's header carrying Breachdesk's application id, read as plain bytes. */
    static boolean hasCaseHeader(Path path) throws IOException {
        byte[] head = head(path, 72);
        return startsWithMagic(head) && head.length == 72
                && ByteBuffer.wrap(head, 68, 4).getInt() == APPLICATION_ID; // big-endian, as SQLite stores it
    }

    /** Up to {@code length} bytes from the start of the file (fewer when it is shorter). */
    private static byte[] head(Path path, int length) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(length);
        }
    }

    private static boolean startsWithMagic(byte[] head) {
        return head.length >= SQLITE_MAGIC.length
                && Arrays.equals(head, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length);
    }

    static Connection readOnly(Path path) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setReadOnly(true);
        return DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath(), config.toProperties());
    }

    private static int intPragma(Statement st, String pragma) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String integrityCheck(Connection ro, String pragma) throws SQLException {
        StringBuilder problems = new StringBuilder();
        try (Statement st = ro.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + pragma + "(5)")) {
            while (rs.next()) {
                if (!problems.isEmpty()) {
                    problems.append("; ");
                }
                problems.append(rs.getString(1));
            }
        }
        return problems.toString();
    }

    private static CaseFileRefusedException classify(Path path, String name, SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_NOTADB) {
                return new CaseFileRefusedException(path, Reason.NOT_SQLITE,
                        name + " is not a Breachdesk case file (not a readable SQLite database). It was not changed.", e);
            }
            if (code == SQLiteErrorCode.SQLITE_CORRUPT || code.name().startsWith("SQLITE_CORRUPT")) {
                return corrupt(path, name, e.getMessage(), e);
            }
        }
        return new CaseFileRefusedException(path, Reason.UNREADABLE,
                "Cannot read " + name + ": " + e.getMessage() + ". It was not changed.", e);
    }

    private static CaseFileRefusedException corrupt(Path path, String name, String detail, Throwable cause) {
        return new CaseFileRefusedException(path, Reason.CORRUPT,
                name + " is damaged and was not opened (" + detail + "). It was not changed; "
                        + "open a backup or a sealed export of the case.", cause);
    }
}
