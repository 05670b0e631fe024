package com.breachdesk.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of review comments. Comments are never edited or deleted; resolving one sets who and when. */
final class CommentStore {

    private static final String COLUMNS = "id, draft_id, version, paragraph, quote, text, author, created_at, privileged, "
            + "resolved_by, resolved_at";

    private CommentStore() {
    }

    static long insert(Connection c, long draftId, int version, int paragraph, String quote, String text, String author,
                       Instant at, boolean privileged) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_comment (draft_id, version, paragraph, quote, "
                + "text, author, created_at, privileged) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, draftId);
            ps.setInt(2, version);
            ps.setInt(3, paragraph);
            ps.setString(4, quote);
            ps.setString(5, text);
            ps.setString(6, author);
            ps.setString(7, at.toString());
            ps.setInt(8, privileged ? 1 : 0);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Inserts a comment exactly as another case recorded it, resolution included (recreating a case from an export). */
    static void restore(Connection c, ReviewComment x) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_comment (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, x.id());
            ps.setLong(2, x.draftId());
            ps.setInt(3, x.version());
            ps.setInt(4, x.paragraph());
            ps.setString(5, x.quote());
            ps.setString(6, x.text());
            ps.setString(7, x.author());
            ps.setString(8, x.createdAt().toString());
            ps.setInt(9, x.privileged() ? 1 : 0);
            ps.setString(10, x.resolvedBy());
            ps.setString(11, x.resolvedAt() == null ? null : x.resolvedAt().toString());
            ps.executeUpdate();
        }
    }

    static Optional<ReviewComment> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM review_comment WHERE id = ?")) {
            ps.setLong(1, id);
            List<ReviewComment> found = read(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    static List<ReviewComment> ofDraft(Connection c, long draftId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM review_comment WHERE draft_id = ? ORDER BY id")) {
            ps.setLong(1, draftId);
            return read(ps);
        }
    }

    static List<ReviewComment> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM review_comment ORDER BY id")) {
            return read(ps);
        }
    }

    static void resolve(Connection c, long id, String by, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE review_comment SET resolved_by = ?, resolved_at = ? "
                + "WHERE id = ? AND resolved_at IS NULL")) {
            ps.setString(1, by);
            ps.setString(2, at.toString());
            ps.setLong(3, id);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("Comment " + id + " is not open");
            }
        }
    }

    private static List<ReviewComment> read(PreparedStatement ps) throws SQLException {
        List<ReviewComment> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String resolvedAt = rs.getString(11);
                out.add(new ReviewComment(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), Instant.parse(rs.getString(8)), rs.getInt(9) == 1,
                        rs.getString(10), resolvedAt == null ? null : Instant.parse(resolvedAt)));
            }
        }
        return out;
    }
}
