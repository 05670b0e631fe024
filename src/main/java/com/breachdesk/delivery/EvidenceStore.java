package com.breachdesk.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of evidence files: bytes with name, size and SHA-256, never changed once attached. */
final class EvidenceStore {

    private static final String COLUMNS = "id, name, size, sha256, attached_by, attached_at";

    private EvidenceStore() {
    }

    static long insert(Connection c, String name, byte[] content, String sha256, String actor, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence_file (name, size, sha256, content, "
                + "attached_by, attached_at) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setLong(2, content.length);
            ps.setString(3, sha256);
            ps.setBytes(4, content);
            ps.setString(5, actor);
            ps.setString(6, at.toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Inserts a file under the id, time and author another case gave it (recreating a case from an export). */
    static void restore(Connection c, EvidenceFile f, byte[] content) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence_file (id, name, size, sha256, content, "
                + "attached_by, attached_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, f.id());
            ps.setString(2, f.name());
            ps.setLong(3, content.length);
            ps.setString(4, f.sha256());
            ps.setBytes(5, content);
            ps.setString(6, f.attachedBy());
            ps.setString(7, f.attachedAt().toString());
            ps.executeUpdate();
        }
    }

    static Optional<EvidenceFile> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM evidence_file WHERE id = ?")) {
            ps.setLong(1, id);
            List<EvidenceFile> found = read(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    static List<EvidenceFile> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM evidence_file ORDER BY id")) {
            return read(ps);
        }
    }

    static Optional<byte[]> content(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT content FROM evidence_file WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    private static List<EvidenceFile> read(PreparedStatement ps) throws SQLException {
        List<EvidenceFile> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new EvidenceFile(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), Instant.parse(rs.getString(6))));
            }
        }
        return out;
    }
}
