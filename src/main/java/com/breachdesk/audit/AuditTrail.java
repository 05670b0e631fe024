package com.breachdesk.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The tamper-evident record of every change to a case: an append-only table where each entry's hash
 * covers the previous entry's hash. Editing, deleting or reordering a row breaks the chain; editing
 * case data without a matching entry is caught by comparing against {@link AuditedState}.
 */
public final class AuditTrail {

    private static final String COLUMNS =
            "seq, at, actor, action, entity, entity_id, field, old_value, new_value, prev_hash, hash";

    private final Clock clock;

    public AuditTrail(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /** Appends a change; call inside the transaction that makes the change. */
    public AuditEntry append(Connection connection, String actor, AuditChange change) throws SQLException {
        long seq;
        String prevHash;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) {
            if (rs.next()) {
                seq = rs.getLong(1) + 1;
                prevHash = rs.getString(2);
            } else {
                seq = 1;
                prevHash = ChainHash.GENESIS;
            }
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AuditEntry entry = new AuditEntry(seq, at, actor, change, prevHash, null);
        entry = new AuditEntry(seq, at, actor, change, prevHash, entry.expectedHash());
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO audit_log(" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, seq);
            ps.setString(2, at.toString());
            ps.setString(3, actor);
            ps.setString(4, change.action());
            ps.setString(5, change.entity());
            ps.setString(6, change.entityId());
            ps.setString(7, change.field());
            ps.setString(8, change.oldValue());
            ps.setString(9, change.newValue());
            ps.setString(10, prevHash);
            ps.setString(11, entry.hash());
            ps.executeUpdate();
        }
        return entry;
    }

    /** Newest first, at most {@code limit} entries. */
    public List<AuditEntry> latest(Connection connection, int limit) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM audit_log ORDER BY seq DESC LIMIT ?")) {
            ps.setInt(1, limit);
            return read(ps);
        }
    }

    public List<AuditEntry> all(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM audit_log ORDER BY seq")) {
            return read(ps);
        }
    }

    /**
     * Walks the chain from the first entry, then compares the replayed values with the case data.
     * Reports the first problem found.
     */
    public AuditVerification verify(Connection connection, List<AuditedState> states) throws SQLException {
        List<AuditEntry> entries = all(connection);
        String prev = ChainHash.GENESIS;
        long expectedSeq = 1;
        Map<String, String> replayed = new HashMap<>();
        Map<String, Long> lastWrite = new HashMap<>();
        for (AuditEntry e : entries) {
            if (e.seq() != expectedSeq) {
                return AuditVerification.broken(entries.size(), expectedSeq,
                        "entry " + expectedSeq + " is missing (found " + e.seq() + " next)");
            }
            if (!prev.equals(e.prevHash())) {
                return AuditVerification.broken(entries.size(), e.seq(),
                        "entry " + e.seq() + " does not link to the entry before it");
            }
            if (!e.expectedHash().equals(e.hash())) {
                return AuditVerification.broken(entries.size(), e.seq(),
                        "entry " + e.seq() + " was altered after it was written");
            }
            if (e.change().field() != null) {
                replayed.put(e.change().stateKey(), e.change().newValue());
                lastWrite.put(e.change().stateKey(), e.seq());
            }
            prev = e.hash();
            expectedSeq++;
        }
        Map<String, String> current = new HashMap<>();
        for (AuditedState state : states) {
            state.collect(connection, current);
        }
        TreeSet<String> keys = new TreeSet<>(current.keySet());
        keys.addAll(replayed.keySet());
        for (String key : keys) {
            if (!Objects.equals(blankToNull(current.get(key)), blankToNull(replayed.get(key)))) {
                long seq = lastWrite.getOrDefault(key, (long) entries.size());
                return AuditVerification.broken(entries.size(), seq,
                        key + " in the case file differs from the audit trail (last recorded in entry " + seq + ")");
            }
        }
        return AuditVerification.ok(entries.size());
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static List<AuditEntry> read(PreparedStatement ps) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                AuditChange change = new AuditChange(rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9));
                out.add(new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                        change, rs.getString(10), rs.getString(11)));
            }
        }
        return out;
    }
}
