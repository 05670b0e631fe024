package com.breachdesk.letters.store;

import com.breachdesk.audit.AuditChange;
import com.breachdesk.audit.AuditedState;
import com.breachdesk.casefile.CaseFile;
import com.breachdesk.letters.data.DataModel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The notice facts of a case (likely consequences, advice, the authority's reference, ...): what letters say that
 * the incident record does not hold. Keys are the data model's {@code notice.*} names without the prefix, with an
 * optional {@code @uk}-style language suffix. Every change is audited.
 */
public final class NoticeFacts implements AuditedState {

    static final String ENTITY = "notice_fact";

    private final CaseFile caseFile;

    public NoticeFacts(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    public Map<String, String> load() {
        return caseFile.read(NoticeFacts::load);
    }

    static Map<String, String> load(Connection c) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM notice_fact ORDER BY key");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    /** Sets (or, for a blank value, removes) facts in one transaction; unknown keys are refused before anything changes. */
    public Map<String, String> set(Map<String, String> changes) {
        for (String key : changes.keySet()) {
            if (!DataModel.isNoticeFact(key)) {
                throw new IllegalArgumentException("'" + key + "' is not a notice fact. Known: "
                        + String.join(", ", DataModel.NOTICE_FACTS.stream().map(f -> f.path().substring(7)).toList())
                        + " (add @uk for the Ukrainian wording)");
            }
        }
        return caseFile.write(tx -> {
            Map<String, String> current = load(tx.connection());
            for (Map.Entry<String, String> e : changes.entrySet()) {
                String value = e.getValue() == null || e.getValue().isBlank() ? null : e.getValue().strip();
                String old = current.get(e.getKey());
                if (Objects.equals(old, value)) {
                    continue;
                }
                if (value == null) {
                    try (PreparedStatement ps = tx.connection().prepareStatement("DELETE FROM notice_fact WHERE key = ?")) {
                        ps.setString(1, e.getKey());
                        ps.executeUpdate();
                    }
                } else {
                    try (PreparedStatement ps = tx.connection().prepareStatement(
                            "INSERT INTO notice_fact (key, value) VALUES (?, ?) "
                                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                        ps.setString(1, e.getKey());
                        ps.setString(2, value);
                        ps.executeUpdate();
                    }
                }
                tx.audit(AuditChange.fieldChange(ENTITY, e.getKey(), "value", old, value));
            }
            return load(tx.connection());
        });
    }

    /** Puts back facts exactly as another case had them, in the caller's transaction (recreating a case); audited. */
    public static void restore(com.breachdesk.casefile.CaseTransaction tx, Map<String, String> facts) throws SQLException {
        for (Map.Entry<String, String> e : facts.entrySet()) {
            try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO notice_fact (key, value) VALUES (?, ?)")) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.executeUpdate();
            }
            tx.audit(AuditChange.fieldChange(ENTITY, e.getKey(), "value", null, e.getValue()));
        }
    }

    @Override
    public void collect(Connection connection, Map<String, String> into) throws SQLException {
        load(connection).forEach((k, v) -> into.put(AuditedState.key(ENTITY, k, "value"), v));
    }
}
