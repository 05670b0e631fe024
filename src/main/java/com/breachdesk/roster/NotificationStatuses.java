package com.breachdesk.roster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Moves people's notification status (e.g. to {@code sent} when the batch of letters that reached them is marked
 * as sent). Runs inside the caller's transaction, so the status and the record of why it changed commit together;
 * the caller audits the change as one entry for the whole group.
 */
public final class NotificationStatuses {

    private static final int BATCH = 1_000;

    private NotificationStatuses() {
    }

    /** Sets {@code status} for every person in {@code personIds} who exists; returns how many people changed. */
    public static int set(Connection c, Collection<Long> personIds, NotificationStatus status) throws SQLException {
        int changed = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE person SET notification_status = ? WHERE id = ? AND notification_status <> ?")) {
            int pending = 0;
            for (long id : personIds) {
                ps.setString(1, status.id());
                ps.setLong(2, id);
                ps.setString(3, status.id());
                ps.addBatch();
                if (++pending == BATCH) {
                    changed += sum(ps.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                changed += sum(ps.executeBatch());
            }
        }
        return changed;
    }

    /** Which of {@code personIds} are people in the roster. */
    public static java.util.List<Long> existing(Connection c, Collection<Long> personIds) throws SQLException {
        java.util.List<Long> out = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM person WHERE id = ?")) {
            for (long id : personIds) {
                ps.setLong(1, id);
                try (var rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.add(id);
                    }
                }
            }
        }
        return out;
    }

    private static int sum(int[] counts) {
        int n = 0;
        for (int c : counts) {
            n += Math.max(c, 0);
        }
        return n;
    }
}
