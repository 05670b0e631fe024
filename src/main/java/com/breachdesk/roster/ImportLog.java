package com.breachdesk.roster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The SQL for {@code roster_import} and {@code merge_event} rows. */
public final class ImportLog {

    private static final String COLUMNS = "id, file_name, sha256, encoding, delimiter, mapping, rows_read, imported, "
            + "merged, rejected, unresolved, rejects_file, imported_by, imported_at, status, rolled_back_by, rolled_back_at";

    private ImportLog() {
    }

    public static long nextId(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM roster_import")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Inserts the import's row (first, so people can reference it); {@link #finish} fills in the counts. */
    public static void start(Connection c, ImportRecord r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO roster_import (" + COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, r.id());
            ps.setString(2, r.fileName());
            ps.setString(3, r.sha256());
            ps.setString(4, r.encoding());
            ps.setString(5, r.delimiter());
            ps.setString(6, r.mapping());
            ps.setLong(7, r.counts().read());
            ps.setLong(8, r.counts().imported());
            ps.setLong(9, r.counts().merged());
            ps.setLong(10, r.counts().rejected());
            ps.setLong(11, r.counts().unresolved());
            ps.setString(12, r.rejectsFile().orElse(null));
            ps.setString(13, r.importedBy());
            ps.setString(14, r.importedAt().toString());
            ps.setString(15, r.status().id());
            ps.setString(16, r.rolledBackBy().orElse(null));
            ps.setString(17, r.rolledBackAt().map(Instant::toString).orElse(null));
            ps.executeUpdate();
        }
    }

    public static void finish(Connection c, long id, String sha256, ImportRecord.Counts counts, String rejectsFile)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE roster_import SET sha256 = ?, rows_read = ?, imported = ?, "
                + "merged = ?, rejected = ?, unresolved = ?, rejects_file = ? WHERE id = ?")) {
            ps.setString(1, sha256);
            ps.setLong(2, counts.read());
            ps.setLong(3, counts.imported());
            ps.setLong(4, counts.merged());
            ps.setLong(5, counts.rejected());
            ps.setLong(6, counts.unresolved());
            ps.setString(7, rejectsFile);
            ps.setLong(8, id);
            ps.executeUpdate();
        }
    }

    public static void markRolledBack(Connection c, long id, String actor, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE roster_import SET status = 'rolled_back', rolled_back_by = ?, rolled_back_at = ? WHERE id = ?")) {
            ps.setString(1, actor);
            ps.setString(2, at.toString());
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    public static Optional<ImportRecord> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM roster_import WHERE id = ?")) {
            ps.setLong(1, id);
            List<ImportRecord> found = read(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    public static List<ImportRecord> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM roster_import ORDER BY id")) {
            return read(ps);
        }
    }

    private static List<ImportRecord> read(PreparedStatement ps) throws SQLException {
        List<ImportRecord> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String rolledBackAt = rs.getString(17);
                out.add(new ImportRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), new ImportRecord.Counts(rs.getLong(7), rs.getLong(8), rs.getLong(9),
                        rs.getLong(10), rs.getLong(11)), Optional.ofNullable(rs.getString(12)), rs.getString(13),
                        Instant.parse(rs.getString(14)), ImportRecord.Status.of(rs.getString(15)),
                        Optional.ofNullable(rs.getString(16)),
                        Optional.ofNullable(rolledBackAt).map(Instant::parse)));
            }
        }
        return out;
    }

    /** Records merge-report lines in batches within the caller's transaction. */
    public static final class MergeWriter implements AutoCloseable {
        private final PreparedStatement ps;
        private int pending;

        MergeWriter(Connection c) throws SQLException {
            ps = c.prepareStatement("INSERT INTO merge_event (import_id, source_line, person_id, matched_on, merged, detail) "
                    + "VALUES (?,?,?,?,?,?)");
        }

        public void add(MergeEvent e) throws SQLException {
            ps.setLong(1, e.importId());
            ps.setLong(2, e.sourceLine());
            ps.setLong(3, e.personId());
            ps.setString(4, e.matchedOn());
            ps.setInt(5, e.merged() ? 1 : 0);
            ps.setString(6, e.detail());
            ps.addBatch();
            if (++pending == 1_000) {
                ps.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                if (pending > 0) {
                    ps.executeBatch();
                }
            } finally {
                ps.close();
            }
        }
    }

    public static MergeWriter mergeWriter(Connection c) throws SQLException {
        return new MergeWriter(c);
    }

    public static void merges(Connection c, long importId, Consumer<MergeEvent> each) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT import_id, source_line, person_id, matched_on, merged, detail "
                + "FROM merge_event WHERE import_id = ? ORDER BY id")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(new MergeEvent(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            rs.getInt(5) == 1, rs.getString(6)));
                }
            }
        }
    }
}
