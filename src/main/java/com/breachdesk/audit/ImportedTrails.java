package com.breachdesk.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trails of the cases this case was recreated from, kept verbatim (hashes included) in the order of
 * descent: trail 1 is the oldest. Entries whose values were withheld from the export (privileged material) are
 * kept as redacted: their links in the chain still check, their content hash cannot be recomputed.
 */
public final class ImportedTrails {

    /** One received trail: the case it came from and its entries. */
    public record Trail(String sourceCaseId, List<Entry> entries) {
        public Trail {
            entries = List.copyOf(entries);
        }

        public String finalHash() {
            return entries.isEmpty() ? ChainHash.GENESIS : entries.get(entries.size() - 1).entry().hash();
        }
    }

    /** An entry as received; {@code redacted} when its old and new values were withheld. */
    public record Entry(AuditEntry entry, boolean redacted) {
    }

    private ImportedTrails() {
    }

    /**
     * Checks a received trail: sequence numbers from 1, each entry linked to the one before, and every entry
     * that was not redacted hashing to what it claims. Returns the first problem, or null when it holds.
     */
    public static String problem(Trail trail) {
        String prev = ChainHash.GENESIS;
        long seq = 1;
        for (Entry e : trail.entries()) {
            AuditEntry a = e.entry();
            if (a.seq() != seq) {
                return "entry " + seq + " is missing (found " + a.seq() + ")";
            }
            if (!prev.equals(a.prevHash())) {
                return "entry " + a.seq() + " does not link to the entry before it";
            }
            if (!e.redacted() && !a.expectedHash().equals(a.hash())) {
                return "entry " + a.seq() + " does not match its hash";
            }
            prev = a.hash();
            seq++;
        }
        return null;
    }

    /** Stores a received trail as trail number {@code number}, in the caller's transaction. */
    public static void store(Connection c, int number, Trail trail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO imported_audit_log (trail, source_case_id, seq, at, "
                + "actor, action, entity, entity_id, field, old_value, new_value, redacted, prev_hash, hash) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Entry e : trail.entries()) {
                AuditEntry a = e.entry();
                ps.setInt(1, number);
                ps.setString(2, trail.sourceCaseId());
                ps.setLong(3, a.seq());
                ps.setString(4, a.at().toString());
                ps.setString(5, a.actor());
                ps.setString(6, a.change().action());
                ps.setString(7, a.change().entity());
                ps.setString(8, a.change().entityId());
                ps.setString(9, a.change().field());
                ps.setString(10, a.change().oldValue());
                ps.setString(11, a.change().newValue());
                ps.setInt(12, e.redacted() ? 1 : 0);
                ps.setString(13, a.prevHash());
                ps.setString(14, a.hash());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Every stored trail, oldest first. */
    public static List<Trail> all(Connection c) throws SQLException {
        List<Trail> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT trail, source_case_id, seq, at, actor, action, entity, "
                + "entity_id, field, old_value, new_value, redacted, prev_hash, hash FROM imported_audit_log "
                + "ORDER BY trail, seq"); ResultSet rs = ps.executeQuery()) {
            int current = -1;
            String source = null;
            List<Entry> entries = new ArrayList<>();
            while (rs.next()) {
                if (rs.getInt(1) != current) {
                    if (current != -1) {
                        out.add(new Trail(source, entries));
                    }
                    current = rs.getInt(1);
                    source = rs.getString(2);
                    entries = new ArrayList<>();
                }
                AuditChange change = new AuditChange(rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11));
                entries.add(new Entry(new AuditEntry(rs.getLong(3), Instant.parse(rs.getString(4)), rs.getString(5), change,
                        rs.getString(13), rs.getString(14)), rs.getInt(12) == 1));
            }
            if (current != -1) {
                out.add(new Trail(source, entries));
            }
        }
        return out;
    }
}
