package com.breachdesk.roster;

import com.breachdesk.audit.AuditChange;
import com.breachdesk.audit.AuditedState;
import com.breachdesk.casefile.CaseTransaction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Takes one import out of the roster as a unit: the people it added go, the people it merged rows into
 * get their earlier rows back. Fields edited by hand stay as edited (deleting an edited person is
 * audited). An import that a later, still active import built on is refused until that one is rolled
 * back, so nothing the later import merged is lost.
 */
public final class ImportRollback implements AuditedState {

    static final String ENTITY = "roster_import";

    public ImportRecord rollback(CaseTransaction tx, long importId, Instant at) throws SQLException {
        Connection c = tx.connection();
        ImportRecord record = ImportLog.find(c, importId)
                .orElseThrow(() -> new IllegalArgumentException("There is no import #" + importId + " in this case"));
        if (record.status() == ImportRecord.Status.ROLLED_BACK) {
            throw new IllegalArgumentException("Import #" + importId + " was already rolled back");
        }
        Set<Long> blockers = laterImportsBuildingOn(c, importId);
        if (!blockers.isEmpty()) {
            throw new IllegalArgumentException("Import #" + importId + " cannot be rolled back on its own: import(s) "
                    + blockers + " merged rows into people it added or changed. Roll back " + blockers + " first.");
        }
        Map<Long, List<String>> editedGoing = RosterEdits.editedFields(c, "p.created_import = ?", importId);
        CategoryBits bits = CategoryBits.load(c);
        for (Map.Entry<Long, List<String>> e : editedGoing.entrySet()) {
            Person p = PersonStore.find(c, e.getKey(), bits).orElseThrow();
            for (String field : e.getValue()) {
                PersonField f = com.breachdesk.vocabulary.Coded.parse(PersonField.class, field);
                tx.audit(new AuditChange("delete", RosterEdits.ENTITY, Long.toString(p.id()), f.id(),
                        RosterEdits.text(p, f), null));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM person WHERE created_import = ?")) {
            ps.setLong(1, importId);
            ps.executeUpdate();
        }
        for (Map.Entry<Long, Map<String, Object>> e : UndoImages.of(c, importId).entrySet()) {
            Set<String> keep = new HashSet<>(RosterEdits.editedFields(c, "p.id = ?", e.getKey())
                    .getOrDefault(e.getKey(), List.of()));
            PersonStore.restore(c, e.getValue(), keep);
        }
        UndoImages.drop(c, importId);
        ImportLog.markRolledBack(c, importId, tx.actor(), at);
        tx.audit(AuditChange.fieldChange(ENTITY, Long.toString(importId), "status",
                ImportRecord.Status.ACTIVE.id(), ImportRecord.Status.ROLLED_BACK.id()));
        return ImportLog.find(c, importId).orElseThrow();
    }

    private static Set<Long> laterImportsBuildingOn(Connection c, long importId) throws SQLException {
        Set<Long> out = new TreeSet<>();
        // Undo images exist only for active imports, and only for people who were there before them.
        String[] queries = {
                "SELECT DISTINCT u.import_id FROM person_undo u JOIN person p ON p.id = u.person_id "
                        + "WHERE p.created_import = ? AND u.import_id <> ?",
                "SELECT DISTINCT later.import_id FROM person_undo mine JOIN person_undo later "
                        + "ON later.person_id = mine.person_id WHERE mine.import_id = ? AND later.import_id > ?"};
        for (String sql : queries) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, importId);
                ps.setLong(2, importId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
        }
        return out;
    }

    /** Each import's status is audited state: a rollback is only real if the trail has it. */
    @Override
    public void collect(Connection connection, Map<String, String> into) throws SQLException {
        for (ImportRecord r : ImportLog.all(connection)) {
            into.put(AuditedState.key(ENTITY, Long.toString(r.id()), "status"), r.status().id());
        }
    }
}
