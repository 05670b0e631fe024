package com.breachdesk.review;

import com.breachdesk.vocabulary.Coded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The SQL of drafts, their versions, their history and their approvals: the one place rows become records. */
final class DraftStore {

    private static final String DRAFT_COLUMNS = "d.id, d.template_id, d.origin, d.origin_version, d.origin_sha256, "
            + "d.created_by, d.created_at, "
            + "(SELECT MAX(version) FROM review_version v WHERE v.draft_id = d.id), "
            + "(SELECT state FROM review_version v WHERE v.draft_id = d.id ORDER BY version DESC LIMIT 1), "
            + "(SELECT version FROM review_version v WHERE v.draft_id = d.id AND state = 'approved')";
    private static final String VERSION_COLUMNS = "v.draft_id, d.template_id, v.version, v.text, v.sha256, v.note, "
            + "v.created_by, v.created_at, v.state";
    private static final String APPROVAL_COLUMNS = "d.template_id, a.version, a.approver_name, a.approver_role, "
            + "a.approved_at, a.sha256, a.recorded_by";

    private DraftStore() {
    }

    /** Inserts a draft under the id another case gave it (recreating a case from an export). */
    static void restoreDraft(Connection c, DraftRecord d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_draft (id, template_id, origin, origin_version, "
                + "origin_sha256, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, d.id());
            ps.setString(2, d.templateId());
            ps.setString(3, d.origin());
            ps.setInt(4, d.originVersion());
            ps.setString(5, d.originSha256());
            ps.setString(6, d.createdBy());
            ps.setString(7, d.createdAt().toString());
            ps.executeUpdate();
        }
    }

    static long insertDraft(Connection c, String templateId, String origin, int originVersion, String originSha256,
                            String actor, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_draft (template_id, origin, origin_version, "
                + "origin_sha256, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, templateId);
            ps.setString(2, origin);
            ps.setInt(3, originVersion);
            ps.setString(4, originSha256);
            ps.setString(5, actor);
            ps.setString(6, at.toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static List<Draft> drafts(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + DRAFT_COLUMNS + " FROM review_draft d ORDER BY d.template_id")) {
            return drafts(ps);
        }
    }

    static Optional<Draft> draft(Connection c, String templateId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + DRAFT_COLUMNS + " FROM review_draft d WHERE d.template_id = ?")) {
            ps.setString(1, templateId);
            List<Draft> found = drafts(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static List<Draft> drafts(PreparedStatement ps) throws SQLException {
        List<Draft> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int approved = rs.getInt(10);
                OptionalInt approvedVersion = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(approved);
                out.add(new Draft(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), Instant.parse(rs.getString(7)), rs.getInt(8),
                        Coded.parse(ReviewState.class, rs.getString(9)), approvedVersion));
            }
        }
        return out;
    }

    static void insertVersion(Connection c, long draftId, int version, String text, String sha256, String note,
                              String actor, Instant at, ReviewState state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_version (draft_id, version, text, sha256, note, "
                + "created_by, created_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, draftId);
            ps.setInt(2, version);
            ps.setString(3, text);
            ps.setString(4, sha256);
            ps.setString(5, note);
            ps.setString(6, actor);
            ps.setString(7, at.toString());
            ps.setString(8, state.id());
            ps.executeUpdate();
        }
    }

    static List<DraftVersion> versions(Connection c, long draftId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + VERSION_COLUMNS
                + " FROM review_version v JOIN review_draft d ON d.id = v.draft_id WHERE v.draft_id = ? ORDER BY v.version")) {
            ps.setLong(1, draftId);
            return versions(ps);
        }
    }

    static List<DraftVersion> allVersions(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + VERSION_COLUMNS
                + " FROM review_version v JOIN review_draft d ON d.id = v.draft_id ORDER BY d.template_id, v.version")) {
            return versions(ps);
        }
    }

    static Optional<DraftVersion> version(Connection c, long draftId, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + VERSION_COLUMNS
                + " FROM review_version v JOIN review_draft d ON d.id = v.draft_id WHERE v.draft_id = ? AND v.version = ?")) {
            ps.setLong(1, draftId);
            ps.setInt(2, version);
            List<DraftVersion> found = versions(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static List<DraftVersion> versions(PreparedStatement ps) throws SQLException {
        List<DraftVersion> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DraftVersion(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), Instant.parse(rs.getString(8)),
                        Coded.parse(ReviewState.class, rs.getString(9))));
            }
        }
        return out;
    }

    static void setState(Connection c, long draftId, int version, ReviewState state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE review_version SET state = ? WHERE draft_id = ? AND version = ?")) {
            ps.setString(1, state.id());
            ps.setLong(2, draftId);
            ps.setInt(3, version);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("Draft " + draftId + " has no version " + version);
            }
        }
    }

    static void insertEvent(Connection c, long draftId, int version, ReviewAction action, ReviewState from,
                            ReviewState to, String note, String actor, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_transition (draft_id, version, action, "
                + "from_state, to_state, note, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, draftId);
            ps.setInt(2, version);
            ps.setString(3, action.id());
            ps.setString(4, from == null ? null : from.id());
            ps.setString(5, to.id());
            ps.setString(6, note);
            ps.setString(7, actor);
            ps.setString(8, at.toString());
            ps.executeUpdate();
        }
    }

    /** Inserts a step of history under the id another case gave it (recreating a case from an export). */
    static void restoreEvent(Connection c, long draftId, ReviewEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_transition (id, draft_id, version, action, "
                + "from_state, to_state, note, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, e.id());
            ps.setLong(2, draftId);
            ps.setInt(3, e.version());
            ps.setString(4, e.action().id());
            ps.setString(5, e.from() == null ? null : e.from().id());
            ps.setString(6, e.to().id());
            ps.setString(7, e.note());
            ps.setString(8, e.actor());
            ps.setString(9, e.at().toString());
            ps.executeUpdate();
        }
    }

    static List<ReviewEvent> events(Connection c, long draftId) throws SQLException {
        List<ReviewEvent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.id, d.template_id, t.version, t.action, t.from_state, "
                + "t.to_state, t.note, t.actor, t.at FROM review_transition t JOIN review_draft d ON d.id = t.draft_id "
                + "WHERE t.draft_id = ? ORDER BY t.id")) {
            ps.setLong(1, draftId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ReviewEvent(rs.getLong(1), rs.getString(2), rs.getInt(3),
                            Coded.parse(ReviewAction.class, rs.getString(4)),
                            rs.getString(5) == null ? null : Coded.parse(ReviewState.class, rs.getString(5)),
                            Coded.parse(ReviewState.class, rs.getString(6)), rs.getString(7), rs.getString(8),
                            Instant.parse(rs.getString(9))));
                }
            }
        }
        return out;
    }

    static void insertApproval(Connection c, long draftId, Approval a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_approval (draft_id, version, approver_name, "
                + "approver_role, approved_at, sha256, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, draftId);
            ps.setInt(2, a.version());
            ps.setString(3, a.approverName());
            ps.setString(4, a.approverRole());
            ps.setString(5, a.approvedAt().toString());
            ps.setString(6, a.sha256());
            ps.setString(7, a.recordedBy());
            ps.executeUpdate();
        }
    }

    static List<Approval> approvals(Connection c, long draftId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + APPROVAL_COLUMNS
                + " FROM review_approval a JOIN review_draft d ON d.id = a.draft_id WHERE a.draft_id = ? ORDER BY a.version")) {
            ps.setLong(1, draftId);
            return approvals(ps);
        }
    }

    static List<Approval> allApprovals(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + APPROVAL_COLUMNS
                + " FROM review_approval a JOIN review_draft d ON d.id = a.draft_id ORDER BY d.template_id, a.version")) {
            return approvals(ps);
        }
    }

    private static List<Approval> approvals(PreparedStatement ps) throws SQLException {
        List<Approval> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Approval(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        Instant.parse(rs.getString(5)), rs.getString(6), rs.getString(7)));
            }
        }
        return out;
    }
}
