package com.breachdesk.roster;

import com.breachdesk.audit.AuditChange;
import com.breachdesk.casefile.CaseTransaction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Moves many people's notification status at once (a letter batch completed, a batch was mailed), inside the
 * caller's transaction. The caller audits the move once, with its counts; only a person whose status was set by
 * hand (so the audit trail vouches for it field by field) gets an entry of their own, which keeps the trail and
 * the roster in agreement.
 */
public final class NotificationMarks {

    private static final int CHUNK = 500;

    private NotificationMarks() {
    }

    /** Sets {@code to} on those of {@code ids} whose status is one of {@code from}; returns how many changed. */
    public static long advance(CaseTransaction tx, Collection<Long> ids, Set<NotificationStatus> from,
                               NotificationStatus to) throws SQLException {
        if (ids.isEmpty() || from.isEmpty()) {
            return 0;
        }
        Connection c = tx.connection();
        List<Long> all = new ArrayList<>(ids);
        List<String> fromIds = from.stream().map(NotificationStatus::id).sorted().toList();
        long changed = 0;
        for (int start = 0; start < all.size(); start += CHUNK) {
            List<Long> chunk = all.subList(start, Math.min(all.size(), start + CHUNK));
            String idMarks = "?,".repeat(chunk.size() - 1) + "?";
            String statusMarks = "?,".repeat(fromIds.size() - 1) + "?";
            try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.notification_status FROM person p "
                    + "JOIN person_edit pe ON pe.person_id = p.id AND pe.field = ? WHERE p.id IN (" + idMarks
                    + ") AND p.notification_status IN (" + statusMarks + ")")) {
                int i = 1;
                ps.setString(i++, PersonField.NOTIFICATION_STATUS.id());
                i = bind(ps, i, chunk, fromIds);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tx.audit(AuditChange.fieldChange(RosterEdits.ENTITY, Long.toString(rs.getLong(1)),
                                PersonField.NOTIFICATION_STATUS.id(), rs.getString(2), to.id()));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE person SET notification_status = ? WHERE id IN ("
                    + idMarks + ") AND notification_status IN (" + statusMarks + ")")) {
                ps.setString(1, to.id());
                bind(ps, 2, chunk, fromIds);
                changed += ps.executeUpdate();
            }
        }
        return changed;
    }

    private static int bind(PreparedStatement ps, int start, List<Long> ids, List<String> statuses) throws SQLException {
        int i = start;
        for (long id : ids) {
            ps.setLong(i++, id);
        }
        for (String s : statuses) {
            ps.setString(i++, s);
        }
        return i;
    }
}
