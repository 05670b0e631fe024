package com.breachdesk.roster;

import com.breachdesk.audit.AuditChange;
import com.breachdesk.casefile.CaseTransaction;
import com.breachdesk.vocabulary.Coded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The roster whole, for handing a case over: reading every part of it (people, imports, hand edits, merge
 * report, undo images) and putting it back in a new case exactly as it was, so that rollbacks and audit
 * verification work there as they did here.
 */
public final class RosterArchive {

    /** A field of a person changed by hand (merges and rollbacks leave it alone). */
    public record HandEdit(long personId, PersonField field) {
    }

    /** A person's row as it was before an import merged into them ({@code beforeImage} is the stored JSON). */
    public record UndoImage(long personId, long importId, String beforeImage) {
    }

    private RosterArchive() {
    }

    public static List<HandEdit> handEdits(Connection c) throws SQLException {
        List<HandEdit> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT person_id, field FROM person_edit ORDER BY person_id, field");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new HandEdit(rs.getLong(1), Coded.parse(PersonField.class, rs.getString(2))));
            }
        }
        return out;
    }

    public static List<UndoImage> undoImages(Connection c) throws SQLException {
        List<UndoImage> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT person_id, import_id, before_image FROM person_undo "
                + "ORDER BY import_id, person_id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new UndoImage(rs.getLong(1), rs.getLong(2), rs.getString(3)));
            }
        }
        return out;
    }

    /** Every merge-report line of every import, in the order they were written. */
    public static void merges(Connection c, Consumer<MergeEvent> each) throws SQLException {
        for (ImportRecord r : ImportLog.all(c)) {
            ImportLog.merges(c, r.id(), each);
        }
    }

    /** Puts back an import's record; its status is audited state, so it is audited here. */
    public static void restoreImport(CaseTransaction tx, ImportRecord record) throws SQLException {
        ImportLog.start(tx.connection(), record);
        tx.audit(AuditChange.fieldChange(ImportRollback.ENTITY, Long.toString(record.id()), "status", null,
                record.status().id()));
    }

    /** A writer for people (in ascending id order) in the caller's transaction. */
    public static PersonStore.Inserter people(CaseTransaction tx) throws SQLException {
        return PersonStore.inserter(tx.connection(), CategoryBits.ensure(tx.connection()));
    }

    /** Puts back hand-edit marks (after the people) and audits each field's current value, as an edit would. */
    public static void restoreHandEdits(CaseTransaction tx, List<HandEdit> edits) throws SQLException {
        Connection c = tx.connection();
        CategoryBits bits = CategoryBits.load(c);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person_edit (person_id, field) VALUES (?, ?)")) {
            for (HandEdit e : edits) {
                ps.setLong(1, e.personId());
                ps.setString(2, e.field().id());
                ps.executeUpdate();
                Person p = PersonStore.find(c, e.personId(), bits).orElseThrow(() -> new IllegalArgumentException(
                        "A hand edit names person #" + e.personId() + ", who is not in the roster"));
                tx.audit(AuditChange.fieldChange(RosterEdits.ENTITY, Long.toString(p.id()), e.field().id(), null,
                        RosterEdits.text(p, e.field())));
            }
        }
    }

    public static ImportLog.MergeWriter merges(CaseTransaction tx) throws SQLException {
        return ImportLog.mergeWriter(tx.connection());
    }

    public static void restoreUndoImage(CaseTransaction tx, UndoImage image) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "INSERT INTO person_undo (person_id, import_id, before_image) VALUES (?, ?, ?)")) {
            ps.setLong(1, image.personId());
            ps.setLong(2, image.importId());
            ps.setString(3, image.beforeImage());
            ps.executeUpdate();
        }
    }
}
