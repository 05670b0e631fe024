package com.breachdesk.casefile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a case file up to a schema version, one step per transaction, recording each step in
 * {@code PRAGMA user_version} inside the same transaction so a crash leaves a whole step or none.
 */
final class SchemaMigrator {

    private SchemaMigrator() {
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies every step above the file's current version up to and including {@code target}. */
    static void migrate(Connection connection, List<Migration> steps, int target) throws SQLException {
        int current = userVersion(connection);
        for (Migration step : steps) {
            if (step.version() <= current || step.version() > target) {
                continue;
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                for (String sql : step.statements()) {
                    st.execute(sql);
                }
                st.execute("PRAGMA user_version = " + step.version());
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw new SQLException("Schema step " + step.version() + " (" + step.description() + ") failed: "
                        + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }
}
