package com.breachdesk.casefile;

import com.breachdesk.audit.AuditTrail;
import com.breachdesk.casefile.CaseFileRefusedException.Reason;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One incident's case file: an SQLite database opened for one session at a time. All access goes
 * through {@link #read} and {@link #write}; each write is one {@code BEGIN IMMEDIATE} transaction that
 * commits whole or not at all, and is recorded in the audit trail.
 */
public final class CaseFile implements AutoCloseable {

    public static final String EXTENSION = ".breachcase";

    private final Path path;
    private final Connection connection;
    private final CaseFileLock lock;
    private final AuditTrail auditTrail;
    private final ReentrantLock guard = new ReentrantLock();
    private volatile String actor;
    private boolean closed;
    private VerifiedFiles verifiedFiles = VerifiedFiles.none();

    private CaseFile(Path path, Connection connection, CaseFileLock lock, Clock clock, String actor) {
        this.path = path;
        this.connection = connection;
        this.lock = lock;
        this.auditTrail = new AuditTrail(clock);
        this.actor = actor;
    }

    /** Creates a new, empty case file; refuses to overwrite an existing file. */
    public static CaseFile create(Path path, String actor, Clock clock) throws CaseFileRefusedException {
        return create(path, actor, clock, VerifiedFiles.none());
    }

    /** As {@link #create(Path, String, Clock)}, recording the state the file is left in on close in {@code verified}. */
    public static CaseFile create(Path path, String actor, Clock clock, VerifiedFiles verified)
            throws CaseFileRefusedException {
        path = path.toAbsolutePath();
        if (Files.exists(path)) {
            throw new CaseFileRefusedException(path, Reason.ALREADY_EXISTS,
                    path.getFileName() + " already exists. Choose another name; existing case files are never overwritten.");
        }
        CaseFileLock lock = CaseFileLock.acquire(path);
        Connection connection = null;
        try {
            connection = connect(path);
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA application_id = " + CaseFileInspector.APPLICATION_ID);
            }
            SchemaMigrator.migrate(connection, Migrations.all(), Migrations.latest());
            CaseFile file = new CaseFile(path, connection, lock, clock, actor);
            file.verifiedFiles = verified;
            file.write(tx -> {
                putMeta(tx.connection(), "case_id", UUID.randomUUID().toString());
                putMeta(tx.connection(), "created_at", clock.instant().toString());
                putMeta(tx.connection(), "created_by", tx.actor());
                return null;
            });
            return file;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            lock.close();
            deleteQuietly(path);
            throw new CaseFileRefusedException(path, Reason.UNREADABLE,
                    "Could not create " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing case file. A file that is not a case, is damaged, was written by a newer
     * version, or is open elsewhere is refused before anything is written to it.
     */
    public static CaseFile open(Path path, String actor, Clock clock) throws CaseFileRefusedException {
        return open(path, actor, clock, VerifiedFiles.none());
    }

    /**
     * As {@link #open(Path, String, Clock)}; a file {@code verified} says is unchanged since Breachdesk closed
     * it gets SQLite's quick check instead of the full integrity check, and the state it is left in on close
     * is recorded there.
     */
    public static CaseFile open(Path path, String actor, Clock clock, VerifiedFiles verified) throws CaseFileRefusedException {
        path = path.toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new CaseFileRefusedException(path, Reason.NOT_FOUND, path.getFileName() + " does not exist.");
        }
        CaseFileLock lock = CaseFileLock.acquire(path);
        Connection connection = null;
        try {
            playBackInterruptedWrite(path);
            int version = CaseFileInspector.inspect(path, !unchanged(verified, path));
            connection = connect(path);
            if (version < Migrations.latest()) {
                SchemaMigrator.migrate(connection, Migrations.all(), Migrations.latest());
            }
            CaseFile file = new CaseFile(path, connection, lock, clock, actor);
            file.verifiedFiles = verified;
            return file;
        } catch (CaseFileRefusedException e) {
            closeQuietly(connection);
            lock.close();
            throw e;
        } catch (SQLException e) {
            closeQuietly(connection);
            lock.close();
            throw new CaseFileRefusedException(path, Reason.UNREADABLE,
                    "Could not open " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A bulk write ({@link #writeInBulk}) cut short by a crash or power cut leaves a "hot" rollback journal beside
     * the file. SQLite plays it back, restoring the case as it was before that write, on the first read through a
     * connection that may write; the read-only inspection could not. Only done for a file whose header says it is
     * a case file: anything else is left untouched and refused by the inspection.
     */
    private static void playBackInterruptedWrite(Path path) throws SQLException {
        Path journal = path.resolveSibling(path.getFileName() + "-journal");
        try {
            if (!Files.isRegularFile(journal) || Files.size(journal) == 0 || !CaseFileInspector.hasCaseHeader(path)) {
                return;
            }
        } catch (IOException e) {
            return; // the inspection reports an unreadable file
        }
        try (Connection rw = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement st = rw.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA schema_version")) {
            rs.next();
        }
    }

    private static boolean unchanged(VerifiedFiles verified, Path path) {
        try {
            return verified.unchangedSinceClosed(path, FileFingerprint.of(path));
        } catch (IOException e) {
            return false;
        }
    }

    private static Connection connect(Path path) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a committed change survives power loss too, not only an app crash.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
    }

    public Path path() {
        return path;
    }

    public String actor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = Objects.requireNonNull(actor);
    }

    public AuditTrail auditTrail() {
        return auditTrail;
    }

    public String caseId() {
        return read(c -> meta(c, "case_id")).orElseThrow();
    }

    /** Reads without a write lock; concurrent callers are serialized on the one connection. */
    public <T> T read(SqlWork<T, Connection> work) {
        guard.lock();
        try {
            ensureOpen();
            return work.run(connection);
        } catch (SQLException e) {
            throw new CaseStorageException("Reading " + path.getFileName() + " failed: " + e.getMessage(), e);
        } finally {
            guard.unlock();
        }
    }

    /** Runs {@code work} in one write transaction: all of it is saved, or none of it. */
    public <T> T write(SqlWork<T, CaseTransaction> work) {
        guard.lock();
        try {
            ensureOpen();
            connection.setAutoCommit(false);
            try {
                T result = work.run(new CaseTransaction(connection, auditTrail, actor));
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new CaseStorageException("Saving to " + path.getFileName() + " failed: " + e.getMessage(), e);
        } finally {
            guard.unlock();
        }
    }

    /**
     * As {@link #write}, for one change that adds a large share of the file (a roster import). It goes through a
     * rollback journal instead of the write-ahead log: pages added to the end of the file need no journal, so a
     * million people are written once, into the file, rather than into the log and again into the file at the
     * checkpoint (commit 0.6–0.7 s instead of 1.2–1.8 s; ADR 0008). Just as safe: a journal left by a crash is
     * played back when the case is next opened ({@link #open}). When SQLite cannot switch (another connection has
     * the file open), the change goes through the log as usual.
     */
    public <T> T writeInBulk(SqlWork<T, CaseTransaction> work) {
        guard.lock();
        try {
            ensureOpen();
            boolean journaled = "delete".equals(journalMode("DELETE"));
            try {
                return write(work);
            } finally {
                if (journaled) {
                    backToWriteAheadLog();
                }
            }
        } catch (SQLException e) {
            throw new CaseStorageException("Saving to " + path.getFileName() + " failed: " + e.getMessage(), e);
        } finally {
            guard.unlock();
        }
    }

    /**
     * After a bulk write, committed or not. If even this fails the file is consistent in either mode and the next
     * open switches it back, so the write's own outcome (saved, cancelled, failed) is what the caller hears.
     */
    private void backToWriteAheadLog() {
        try {
            journalMode("WAL");
        } catch (SQLException ignored) {
            // see above
        }
    }

    private String journalMode(String mode) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode = " + mode)) {
            return rs.next() ? rs.getString(1).toLowerCase(Locale.ROOT) : "";
        }
    }

    public static Optional<String> meta(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM case_meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public static void putMeta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO case_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    /**
     * Writes a consistent copy of the whole case file to {@code out}: the write-ahead log is folded into the
     * main file first, and no change can start until the copy is done.
     */
    public void snapshotTo(OutputStream out) throws IOException {
        guard.lock();
        try {
            ensureOpen();
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException e) {
                throw new IOException("Could not prepare " + path.getFileName() + " for copying: " + e.getMessage(), e);
            }
            Files.copy(path, out);
        } finally {
            guard.unlock();
        }
    }

    public int schemaVersion() {
        return read(SchemaMigrator::userVersion);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException(path.getFileName() + " is closed");
        }
    }

    @Override
    public void close() {
        guard.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            closeQuietly(connection);
            rememberCleanClose();
            lock.close();
        } finally {
            guard.unlock();
        }
    }

    /** After a clean close the WAL is folded in and removed, so the main file is the whole case. */
    private void rememberCleanClose() {
        try {
            if (!Files.exists(path.resolveSibling(path.getFileName() + "-wal"))) {
                verifiedFiles.closed(path, FileFingerprint.of(path));
            }
        } catch (IOException | RuntimeException ignored) {
            // not remembering only means a full check next time
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the file stays consistent: SQLite rolls back anything uncommitted
            }
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
            Files.deleteIfExists(path.resolveSibling(path.getFileName() + "-wal"));
            Files.deleteIfExists(path.resolveSibling(path.getFileName() + "-shm"));
        } catch (IOException ignored) {
            // a half-made new file; nothing of the user's is lost
        }
    }
}
