package com.breachdesk.estimates;

import com.breachdesk.audit.AuditChange;
import com.breachdesk.audit.AuditedState;
import com.breachdesk.casefile.CaseFile;
import com.breachdesk.population.AffectedPopulation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Affected people per jurisdiction as estimated by the responder before a roster exists. Each change is audited;
 * the assessment reads them as an {@link AffectedPopulation} with source {@code ESTIMATE}.
 */
public final class EstimatedCounts implements AuditedState {

    private static final String ENTITY = "estimated_count";

    private final CaseFile caseFile;

    public EstimatedCounts(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    public Map<String, Long> load() {
        return caseFile.read(EstimatedCounts::query);
    }

    /** Sets the estimate for one jurisdiction (already a checked code); 0 or null removes it. */
    public Map<String, Long> set(String jurisdiction, Long people) {
        if (people != null && people < 0) {
            throw new IllegalArgumentException("An estimated count cannot be negative");
        }
        return caseFile.write(tx -> {
            Connection c = tx.connection();
            Long old = query(c).get(jurisdiction);
            Long now = people == null || people == 0 ? null : people;
            if (java.util.Objects.equals(old, now)) {
                return query(c);
            }
            if (now == null) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM estimated_count WHERE jurisdiction = ?")) {
                    ps.setString(1, jurisdiction);
                    ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO estimated_count (jurisdiction, people) VALUES (?, ?)"
                                + " ON CONFLICT (jurisdiction) DO UPDATE SET people = excluded.people")) {
                    ps.setString(1, jurisdiction);
                    ps.setLong(2, now);
                    ps.executeUpdate();
                }
            }
            tx.audit(AuditChange.fieldChange(ENTITY, jurisdiction, "people", old == null ? null : old.toString(),
                    now == null ? null : now.toString()));
            return query(c);
        });
    }

    /** Puts back one estimate in the caller's transaction (recreating a case from an export); audited. */
    public static void restore(com.breachdesk.casefile.CaseTransaction tx, String jurisdiction, long people)
            throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "INSERT INTO estimated_count (jurisdiction, people) VALUES (?, ?)")) {
            ps.setString(1, jurisdiction);
            ps.setLong(2, people);
            ps.executeUpdate();
        }
        tx.audit(AuditChange.fieldChange(ENTITY, jurisdiction, "people", null, Long.toString(people)));
    }

    /** The estimates as the rules engine's input; {@link AffectedPopulation#none()} when there are none. */
    public AffectedPopulation population() {
        Map<String, Long> counts = load();
        return counts.isEmpty() ? AffectedPopulation.none()
                : new AffectedPopulation(AffectedPopulation.Source.ESTIMATE, counts, Map.of(), 0, 0, 0);
    }

    private static Map<String, Long> query(Connection c) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT jurisdiction, people FROM estimated_count ORDER BY jurisdiction");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    @Override
    public void collect(Connection connection, Map<String, String> into) throws SQLException {
        query(connection).forEach((j, n) -> into.put(AuditedState.key(ENTITY, j, "people"), n.toString()));
    }
}
