package com.breachdesk.letters.store;

import com.breachdesk.audit.AuditChange;
import com.breachdesk.casefile.CaseFile;
import com.breachdesk.casefile.CaseTransaction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Letter batches, the letters they generated (with each file's SHA-256) and their print volumes. Letters are
 * an append-only record. Starting, finishing and cancelling a batch are audited: who generated what, when.
 */
public final class LetterStore {

    private static final String BATCH_COLUMNS = "id, out_dir, template, filter, kind, letter_date, started_at, "
            + "started_by, status, letters, pages, manifest_sha256, finished_at, source";
    private static final String LETTER_COLUMNS = "batch_id, position, person_id, fingerprint, file, pages, sha256, "
            + "template_id, template_version, generated_at";

    private final CaseFile caseFile;
    private final Clock clock;

    public LetterStore(CaseFile caseFile, Clock clock) {
        this.caseFile = caseFile;
        this.clock = clock;
    }

    /** The newest batch written to {@code outDir}, if any. */
    public Optional<BatchRecord> latestBatch(String outDir) {
        return caseFile.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + BATCH_COLUMNS
                    + " FROM letter_batch WHERE out_dir = ? ORDER BY id DESC LIMIT 1")) {
                ps.setString(1, outDir);
                List<BatchRecord> found = batches(ps);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    public List<BatchRecord> batches() {
        return caseFile.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + BATCH_COLUMNS + " FROM letter_batch ORDER BY id")) {
                return batches(ps);
            }
        });
    }

    public Optional<BatchRecord> batch(long id) {
        return caseFile.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + BATCH_COLUMNS + " FROM letter_batch WHERE id = ?")) {
                ps.setLong(1, id);
                List<BatchRecord> found = batches(ps);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    /** Something done in the transaction that closes a batch; returns words for its audit entry ("" = nothing). */
    @FunctionalInterface
    public interface OnFinish {
        String run(CaseTransaction tx, long batchId) throws SQLException;

        OnFinish NOTHING = (tx, batchId) -> "";
    }

    /** Records a new batch as running and audits who started it with which settings and recipients. */
    public BatchRecord startBatch(String outDir, String template, String filter, String kind, LocalDate letterDate,
                                  String source) {
        return caseFile.write(tx -> {
            Instant now = clock.instant();
            long id;
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "INSERT INTO letter_batch (out_dir, template, filter, kind, letter_date, started_at, started_by, status, "
                            + "source) VALUES (?, ?, ?, ?, ?, ?, ?, 'running', ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, outDir);
                ps.setString(2, template);
                ps.setString(3, filter);
                ps.setString(4, kind);
                ps.setString(5, letterDate.toString());
                ps.setString(6, now.toString());
                ps.setString(7, tx.actor());
                ps.setString(8, source);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            tx.audit(new AuditChange("generate_letters", "letter_batch", Long.toString(id), null, null,
                    "started: template " + template + ", " + kind + ", filter " + filter + ", letter date " + letterDate
                            + ", recipients from " + source + ", into " + outDir));
            return new BatchRecord(id, outDir, template, filter, kind, letterDate, now, tx.actor(), "running",
                    null, null, null, null, source);
        });
    }

    /** Marks an unfinished batch as running again (a resumed run) and audits it. */
    public void resumeBatch(long batchId) {
        caseFile.write(tx -> {
            setStatus(tx.connection(), batchId, "running", null, null, null, null);
            tx.audit(new AuditChange("generate_letters", "letter_batch", Long.toString(batchId), null, null, "resumed"));
            return null;
        });
    }

    /** Records generated letters in one transaction. */
    public void addLetters(List<LetterRecord> letters) {
        if (letters.isEmpty()) {
            return;
        }
        caseFile.write(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "INSERT INTO letter (" + LETTER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (LetterRecord l : letters) {
                    bindLetter(ps, l.batchId(), l);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** The newest letter generated for this person from exactly these inputs. */
    public Optional<LetterRecord> findLetter(String personId, String fingerprint) {
        return caseFile.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + LETTER_COLUMNS
                    + " FROM letter WHERE person_id = ? AND fingerprint = ? ORDER BY id DESC LIMIT 1")) {
                ps.setString(1, personId);
                ps.setString(2, fingerprint);
                List<LetterRecord> found = letters(ps);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    public List<LetterRecord> letters(long batchId) {
        return caseFile.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + LETTER_COLUMNS
                    + " FROM letter WHERE batch_id = ? ORDER BY position")) {
                ps.setLong(1, batchId);
                return letters(ps);
            }
        });
    }

    public void addPrintVolume(PrintVolumeRecord v) {
        caseFile.write(tx -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "INSERT OR REPLACE INTO letter_print_volume (batch_id, volume, file, first_position, letters, pages, sha256) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, v.batchId());
                ps.setInt(2, v.volume());
                ps.setString(3, v.file());
                ps.setLong(4, v.firstPosition());
                ps.setInt(5, v.letters());
                ps.setInt(6, v.pages());
                ps.setString(7, v.sha256());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public List<PrintVolumeRecord> printVolumes(long batchId) {
        return caseFile.read(c -> {
            List<PrintVolumeRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT batch_id, volume, file, first_position, letters, pages, "
                    + "sha256 FROM letter_print_volume WHERE batch_id = ? ORDER BY volume")) {
                ps.setLong(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PrintVolumeRecord(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4),
                                rs.getInt(5), rs.getInt(6), rs.getString(7)));
                    }
                }
            }
            return out;
        });
    }

    /** Closes a batch (complete, cancelled or failed) with its totals, and audits the outcome. */
    public void finishBatch(long batchId, String status, long letters, long pages, String manifestSha256, String summary) {
        finishBatch(batchId, status, letters, pages, manifestSha256, summary, OnFinish.NOTHING);
    }

    /** The same, doing {@code then} in the same transaction and adding what it reports to the one audit entry. */
    public void finishBatch(long batchId, String status, long letters, long pages, String manifestSha256, String summary,
                            OnFinish then) {
        caseFile.write(tx -> {
            setStatus(tx.connection(), batchId, status, letters, pages, manifestSha256, clock.instant());
            String more = then.run(tx, batchId);
            tx.audit(new AuditChange("generate_letters", "letter_batch", Long.toString(batchId), null, null,
                    status + ": " + summary + (more.isEmpty() ? "" : "; " + more)));
            return null;
        });
    }

    /** The person ids of a batch's letters, in print order, read a page at a time inside a transaction. */
    static List<PositionedPerson> personIds(Connection c, long batchId, long afterPosition, int limit)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT position, person_id FROM letter WHERE batch_id = ? "
                + "AND position > ? ORDER BY position LIMIT ?")) {
            ps.setLong(1, batchId);
            ps.setLong(2, afterPosition);
            ps.setInt(3, limit);
            List<PositionedPerson> out = new ArrayList<>(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PositionedPerson(rs.getLong(1), rs.getString(2)));
                }
            }
            return out;
        }
    }

    record PositionedPerson(long position, String personId) {
    }

    static Optional<BatchRecord> batch(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + BATCH_COLUMNS + " FROM letter_batch WHERE id = ?")) {
            ps.setLong(1, id);
            List<BatchRecord> found = batches(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /**
     * Puts back a batch with its letters and print volumes exactly as another case recorded them, in the caller's
     * transaction (recreating a case from an export).
     */
    public static void restoreBatch(com.breachdesk.casefile.CaseTransaction tx, BatchRecord b, List<LetterRecord> letters,
                                    List<PrintVolumeRecord> volumes) throws SQLException {
        Connection c = tx.connection();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO letter_batch (" + BATCH_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, b.id());
            ps.setString(2, b.outDir());
            ps.setString(3, b.template());
            ps.setString(4, b.filter());
            ps.setString(5, b.kind());
            ps.setString(6, b.letterDate().toString());
            ps.setString(7, b.startedAt().toString());
            ps.setString(8, b.startedBy());
            ps.setString(9, b.status());
            setLong(ps, 10, b.letters());
            setLong(ps, 11, b.pages());
            ps.setString(12, b.manifestSha256());
            ps.setString(13, b.finishedAt() == null ? null : b.finishedAt().toString());
            ps.setString(14, b.source());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO letter (" + LETTER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (LetterRecord l : letters) {
                bindLetter(ps, b.id(), l);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO letter_print_volume (batch_id, volume, file, "
                + "first_position, letters, pages, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (PrintVolumeRecord v : volumes) {
                ps.setLong(1, b.id());
                ps.setInt(2, v.volume());
                ps.setString(3, v.file());
                ps.setLong(4, v.firstPosition());
                ps.setInt(5, v.letters());
                ps.setInt(6, v.pages());
                ps.setString(7, v.sha256());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The values of one letter row, in {@code LETTER_COLUMNS} order. */
    private static void bindLetter(PreparedStatement ps, long batchId, LetterRecord l) throws SQLException {
        ps.setLong(1, batchId);
        ps.setLong(2, l.position());
        ps.setString(3, l.personId());
        ps.setString(4, l.fingerprint());
        ps.setString(5, l.file());
        ps.setInt(6, l.pages());
        ps.setString(7, l.sha256());
        ps.setString(8, l.templateId());
        ps.setInt(9, l.templateVersion());
        ps.setString(10, l.generatedAt().toString());
    }

    private static void setStatus(Connection c, long batchId, String status, Long letters, Long pages, String manifest,
                                  Instant finishedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE letter_batch SET status = ?, letters = ?, pages = ?, "
                + "manifest_sha256 = ?, finished_at = ? WHERE id = ?")) {
            ps.setString(1, status);
            setLong(ps, 2, letters);
            setLong(ps, 3, pages);
            ps.setString(4, manifest);
            ps.setString(5, finishedAt == null ? null : finishedAt.toString());
            ps.setLong(6, batchId);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("Letter batch " + batchId + " does not exist");
            }
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, java.sql.Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    private static List<BatchRecord> batches(PreparedStatement ps) throws SQLException {
        List<BatchRecord> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new BatchRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), LocalDate.parse(rs.getString(6)), Instant.parse(rs.getString(7)),
                        rs.getString(8), rs.getString(9), nullableLong(rs, 10), nullableLong(rs, 11), rs.getString(12),
                        rs.getString(13) == null ? null : Instant.parse(rs.getString(13)), rs.getString(14)));
            }
        }
        return out;
    }

    private static Long nullableLong(ResultSet rs, int index) throws SQLException {
        long v = rs.getLong(index);
        return rs.wasNull() ? null : v;
    }

    private static List<LetterRecord> letters(PreparedStatement ps) throws SQLException {
        List<LetterRecord> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new LetterRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                        Instant.parse(rs.getString(10))));
            }
        }
        return out;
    }
}
