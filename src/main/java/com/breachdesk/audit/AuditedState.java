package com.breachdesk.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * A part of the case whose current values must equal what the audit trail last recorded for them.
 * Verification replays the trail and compares: a value edited outside the app shows up as a mismatch.
 */
public interface AuditedState {

    /** Adds the current stored value of every audited attribute, keyed by {@link #key}. */
    void collect(Connection connection, Map<String, String> into) throws SQLException;

    static String key(String entity, String entityId, String field) {
        return entity + "/" + entityId + "/" + field;
    }
}
