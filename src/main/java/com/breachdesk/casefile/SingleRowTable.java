package com.breachdesk.casefile;

import com.breachdesk.audit.AuditChange;
import com.breachdesk.audit.AuditedState;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A table that holds exactly one record (row id 1) of text fields, with every change audited field by
 * field. The incident and the organization profile are stored this way: they are edited one field at
 * a time, and the audit trail shows each field's old and new value.
 */
public final class SingleRowTable<F extends Enum<F> & StoredField> implements AuditedState {

    private final String table;
    private final Class<F> fieldType;

    public SingleRowTable(String table, Class<F> fieldType) {
        this.table = table;
        this.fieldType = fieldType;
    }

    public EnumMap<F, String> load(Connection connection) throws SQLException {
        EnumMap<F, String> values = new EnumMap<>(fieldType);
        try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM " + table + " WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("The " + table + " record is missing");
            }
            for (F field : fieldType.getEnumConstants()) {
                String value = rs.getString(field.column());
                if (value != null && !value.isEmpty()) {
                    values.put(field, value);
                }
            }
        }
        return values;
    }

    /** Stores one field and audits it; does nothing when the value is unchanged. Returns whether it changed. */
    public boolean set(CaseTransaction tx, F field, String value) throws SQLException {
        String newValue = value == null || value.isEmpty() ? null : value;
        String oldValue = load(tx.connection()).get(field);
        if (Objects.equals(oldValue, newValue)) {
            return false;
        }
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "UPDATE " + table + " SET " + field.column() + " = ? WHERE id = 1")) {
            ps.setString(1, newValue);
            ps.executeUpdate();
        }
        tx.audit(AuditChange.fieldChange(table, "1", field.column(), oldValue, newValue));
        return true;
    }

    /** Stores several fields in the caller's transaction, auditing each one that changed. */
    public void setAll(CaseTransaction tx, Map<F, String> values) throws SQLException {
        for (Map.Entry<F, String> e : values.entrySet()) {
            set(tx, e.getKey(), e.getValue());
        }
    }

    @Override
    public void collect(Connection connection, Map<String, String> into) throws SQLException {
        load(connection).forEach((field, value) -> into.put(AuditedState.key(table, "1", field.column()), value));
    }
}
