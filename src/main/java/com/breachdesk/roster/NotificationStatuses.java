package com.breachdesk.roster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

/**
 * Moves people's notification status (e.g. to {@code sent} when the batch of letters that reached them is marked
 * as sent). Runs inside the caller's transaction, so the status and the record of why it changed commit together;
 * the caller audits the change as one entry for the whole group.
 */
public final class NotificationStatuses {

    private static final int BATCH = 1_000;

    /** How many of the given ids are people in the roster, and how many of them changed status. */
    public record Change(int people, int changed) {
    }

    private NotificationStatuses() {
    }

    /**
     * Sets {@code status} for every person in {@code personIds} who exists. The ids go into a temporary table first,
     * so a batch of 100,000 letters is two set statements instead of 200,000 single-row look-ups and updates.
     */
    public static Change set(Connection c, Collection<Long> personIds, NotificationStatus status) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS notify_ids (id INTEGER PRIMARY KEY)");
            st.execute("DELETE FROM temp.notify_ids");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO temp.notify_ids (id) VALUES (?)")) {
            int pending = 0;
            for (long id : personIds) {
                ps.setLong(1, id);
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
        int people;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM person WHERE id IN (SELECT id FROM temp.notify_ids)")) {
            rs.next();
            people = rs.getInt(1);
        }
        int changed;
        try (PreparedStatement ps = c.prepareStatement("UPDATE person SET notification_status = ? "
                + "WHERE id IN (SELECT id FROM temp.notify_ids) AND notification_status <> ?")) {
            ps.setString(1, status.id());
            ps.setString(2, status.id());
            changed = ps.executeUpdate();
        }
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM temp.notify_ids");
        }
        return new Change(people, changed);
    }
}
