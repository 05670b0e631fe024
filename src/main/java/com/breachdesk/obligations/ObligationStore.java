package com.breachdesk.obligations;

import com.breachdesk.audit.AuditChange;
import com.breachdesk.audit.AuditedState;
import com.breachdesk.casefile.CaseFile;
import com.breachdesk.deadline.Completion;
import com.breachdesk.deadline.Obligation;
import com.breachdesk.deadline.ObligationKey;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The obligations stored in a case: the latest computed snapshot (each row with the rule id, rule version and rule
 * pack version that produced it, so it can be re-checked later) and the notices marked as given. The snapshot is
 * replaced on every assessment; notices given are kept across assessments. Both are audited: the snapshot by a
 * digest of its rows, each notice field by field.
 */
public final class ObligationStore implements AuditedState {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SNAPSHOT = "obligations";
    private static final String DONE = "obligation_done";
    private static final String COLUMNS = "rule_id, jurisdiction, rule_version, rule_pack_version, assessed_at, "
            + "recipient_type, recipient_name, phase, status, why, clock_start, clock_started_at, zone, nominal_due, due, "
            + "not_before, explanation, reasons, missing";

    /** One stored obligation row, as it was computed. */
    public record StoredObligation(ObligationKey key, int ruleVersion, String rulePackVersion, Instant assessedAt,
                                   String recipientType, String recipientName, String phase, String status, String why,
                                   String clockStart, Instant clockStartedAt, String zone, Instant nominalDue, Instant due,
                                   Instant notBefore, String explanation, List<String> reasons, List<String> missing) {
    }

    private final CaseFile caseFile;

    public ObligationStore(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /**
     * Replaces the stored snapshot with {@code assessment}'s obligations, in one audited transaction. When nothing
     * but the time of assessment would change, nothing is written (viewing the board does not grow the audit trail).
     */
    public void saveSnapshot(Assessment assessment) {
        caseFile.write(tx -> {
            Connection c = tx.connection();
            if (storedContent(c).equals(content(assessment))) {
                return null;
            }
            String before = snapshotDigest(c);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM obligation");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO obligation (" + COLUMNS
                    + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (Obligation o : assessment.obligations()) {
                    int i = 1;
                    ps.setString(i++, o.key().ruleId());
                    ps.setString(i++, o.key().jurisdiction());
                    ps.setInt(i++, o.rule().version());
                    ps.setString(i++, assessment.rulePackVersion());
                    ps.setString(i++, assessment.assessedAt().toString());
                    ps.setString(i++, o.rule().recipient().type().id());
                    ps.setString(i++, o.recipientName());
                    ps.setString(i++, o.rule().phase() == null ? null : o.rule().phase().id());
                    ps.setString(i++, o.status().id());
                    ps.setString(i++, o.why().map(k -> k.id()).orElse(null));
                    ps.setString(i++, o.clockStart().id());
                    ps.setString(i++, text(o.clockStartedAt()));
                    ps.setString(i++, o.zone().getId());
                    ps.setString(i++, text(o.nominalDue()));
                    ps.setString(i++, text(o.due()));
                    ps.setString(i++, text(o.notBefore()));
                    ps.setString(i++, o.explanation());
                    ps.setString(i++, json(o.reasons()));
                    ps.setString(i, json(o.missing()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            String after = snapshotDigest(c);
            if (!Objects.equals(after, before)) {
                tx.audit(new AuditChange("assess", SNAPSHOT, "case", "snapshot", before, after));
            }
            return null;
        });
    }

    /** Every stored row's values except the time of assessment, in key order. */
    private static List<List<String>> storedContent(Connection c) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS.replace("assessed_at, ", "")
                + " FROM obligation ORDER BY rule_id, jurisdiction"); ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    /** The same values for a computed assessment, in the same order. */
    private static List<List<String>> content(Assessment a) {
        List<List<String>> out = new ArrayList<>();
        a.obligations().stream().sorted(java.util.Comparator.comparing(Obligation::key)).forEach(o -> out.add(java.util.Arrays.asList(
                o.key().ruleId(), o.key().jurisdiction(), Integer.toString(o.rule().version()), a.rulePackVersion(),
                o.rule().recipient().type().id(), o.recipientName(), o.rule().phase() == null ? null : o.rule().phase().id(),
                o.status().id(), o.why().map(k -> k.id()).orElse(null), o.clockStart().id(), text(o.clockStartedAt()),
                o.zone().getId(), text(o.nominalDue()), text(o.due()), text(o.notBefore()), o.explanation(),
                json(o.reasons()), json(o.missing()))));
        return out;
    }

    public List<StoredObligation> snapshot() {
        return caseFile.read(ObligationStore::querySnapshot);
    }

    /** A notice marked as given, with the version of the rule it was given under. */
    public record GivenNotice(ObligationKey key, int ruleVersion, Completion completion) {
    }

    /** Every notice marked as given, with its rule version (for handing the case over). */
    public List<GivenNotice> given() {
        return caseFile.read(c -> {
            List<GivenNotice> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT rule_id, jurisdiction, rule_version FROM obligation_done"
                    + " ORDER BY rule_id, jurisdiction"); ResultSet rs = ps.executeQuery()) {
                Map<ObligationKey, Completion> done = queryDone(c);
                while (rs.next()) {
                    ObligationKey key = new ObligationKey(rs.getString(1), rs.getString(2));
                    out.add(new GivenNotice(key, rs.getInt(3), done.get(key)));
                }
            }
            return out;
        });
    }

    /**
     * Puts back a stored snapshot exactly as another case had it, in the caller's transaction (recreating a case
     * from an export); audited like an assessment.
     */
    public static void restoreSnapshot(com.breachdesk.casefile.CaseTransaction tx, List<StoredObligation> rows)
            throws SQLException {
        Connection c = tx.connection();
        String before = snapshotDigest(c);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO obligation (" + COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (StoredObligation o : rows) {
                int i = 1;
                ps.setString(i++, o.key().ruleId());
                ps.setString(i++, o.key().jurisdiction());
                ps.setInt(i++, o.ruleVersion());
                ps.setString(i++, o.rulePackVersion());
                ps.setString(i++, o.assessedAt().toString());
                ps.setString(i++, o.recipientType());
                ps.setString(i++, o.recipientName());
                ps.setString(i++, o.phase());
                ps.setString(i++, o.status());
                ps.setString(i++, o.why());
                ps.setString(i++, o.clockStart());
                ps.setString(i++, text(o.clockStartedAt()));
                ps.setString(i++, o.zone());
                ps.setString(i++, text(o.nominalDue()));
                ps.setString(i++, text(o.due()));
                ps.setString(i++, text(o.notBefore()));
                ps.setString(i++, o.explanation());
                ps.setString(i++, json(o.reasons()));
                ps.setString(i, json(o.missing()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        String after = snapshotDigest(c);
        if (!Objects.equals(after, before)) {
            tx.audit(new AuditChange("assess", SNAPSHOT, "case", "snapshot", before, after));
        }
    }

    /** Puts back a notice given exactly as recorded (who recorded it and when), audited field by field. */
    public static void restoreGiven(com.breachdesk.casefile.CaseTransaction tx, GivenNotice given) throws SQLException {
        Completion d = given.completion();
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "INSERT INTO obligation_done (rule_id, jurisdiction, rule_version, done_at, channel, reference, recorded_by,"
                        + " recorded_at) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, given.key().ruleId());
            ps.setString(2, given.key().jurisdiction());
            ps.setInt(3, given.ruleVersion());
            ps.setString(4, d.doneAt().toString());
            ps.setString(5, d.channel());
            ps.setString(6, d.reference());
            ps.setString(7, d.recordedBy());
            ps.setString(8, d.recordedAt().toString());
            ps.executeUpdate();
        }
        String id = given.key().toString();
        auditField(tx, id, "done_at", null, d.doneAt().toString());
        auditField(tx, id, "channel", null, d.channel());
        auditField(tx, id, "reference", null, d.reference());
    }

    /** Marks a notice as given (or corrects when/how/reference of one already marked), audited field by field. */
    public Completion markDone(ObligationKey key, int ruleVersion, Instant doneAt, String channel, String reference,
                               Instant recordedAt) {
        Objects.requireNonNull(doneAt, "doneAt");
        return caseFile.write(tx -> markDone(tx, key, ruleVersion, doneAt, channel, reference, recordedAt));
    }

    /** As {@link #markDone(ObligationKey, int, Instant, String, String, Instant)}, inside the caller's transaction. */
    public Completion markDone(com.breachdesk.casefile.CaseTransaction tx, ObligationKey key, int ruleVersion,
                               Instant doneAt, String channel, String reference, Instant recordedAt) throws SQLException {
        Objects.requireNonNull(doneAt, "doneAt");
        Connection c = tx.connection();
        Completion old = queryDone(c).get(key);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO obligation_done (rule_id, jurisdiction, rule_version, done_at, channel, reference, recorded_by,"
                        + " recorded_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (rule_id, jurisdiction) DO UPDATE SET"
                        + " rule_version = excluded.rule_version, done_at = excluded.done_at, channel = excluded.channel,"
                        + " reference = excluded.reference, recorded_by = excluded.recorded_by,"
                        + " recorded_at = excluded.recorded_at")) {
            ps.setString(1, key.ruleId());
            ps.setString(2, key.jurisdiction());
            ps.setInt(3, ruleVersion);
            ps.setString(4, doneAt.toString());
            ps.setString(5, blankToNull(channel));
            ps.setString(6, blankToNull(reference));
            ps.setString(7, tx.actor());
            ps.setString(8, recordedAt.toString());
            ps.executeUpdate();
        }
        String id = key.toString();
        auditField(tx, id, "done_at", old == null ? null : old.doneAt().toString(), doneAt.toString());
        auditField(tx, id, "channel", old == null ? null : old.channel(), blankToNull(channel));
        auditField(tx, id, "reference", old == null ? null : old.reference(), blankToNull(reference));
        return queryDone(c).get(key);
    }

    /** Withdraws a "done" mark made in error; the audit trail keeps what it said. */
    public void clearDone(ObligationKey key) {
        caseFile.write(tx -> {
            Connection c = tx.connection();
            Completion old = queryDone(c).get(key);
            if (old == null) {
                throw new IllegalArgumentException(key.ruleId() + " in " + key.jurisdiction() + " is not marked done");
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM obligation_done WHERE rule_id = ? AND jurisdiction = ?")) {
                ps.setString(1, key.ruleId());
                ps.setString(2, key.jurisdiction());
                ps.executeUpdate();
            }
            String id = key.toString();
            auditField(tx, id, "done_at", old.doneAt().toString(), null);
            auditField(tx, id, "channel", old.channel(), null);
            auditField(tx, id, "reference", old.reference(), null);
            return null;
        });
    }

    public Map<ObligationKey, Completion> completions() {
        return caseFile.read(ObligationStore::queryDone);
    }

    private static void auditField(com.breachdesk.casefile.CaseTransaction tx, String id, String field, String old,
                                   String now) throws SQLException {
        if (!Objects.equals(old, now)) {
            tx.audit(AuditChange.fieldChange(DONE, id, field, old, now));
        }
    }

    private static Map<ObligationKey, Completion> queryDone(Connection c) throws SQLException {
        Map<ObligationKey, Completion> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT rule_id, jurisdiction, done_at, channel, reference, recorded_by,"
                + " recorded_at FROM obligation_done ORDER BY rule_id, jurisdiction");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(new ObligationKey(rs.getString(1), rs.getString(2)), new Completion(Instant.parse(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), Instant.parse(rs.getString(7))));
            }
        }
        return out;
    }

    private static List<StoredObligation> querySnapshot(Connection c) throws SQLException {
        List<StoredObligation> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM obligation ORDER BY rule_id, jurisdiction");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredObligation(new ObligationKey(rs.getString(1), rs.getString(2)), rs.getInt(3),
                        rs.getString(4), Instant.parse(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), instant(rs.getString(12)), rs.getString(13),
                        instant(rs.getString(14)), instant(rs.getString(15)), instant(rs.getString(16)), rs.getString(17),
                        list(rs.getString(18)), list(rs.getString(19))));
            }
        }
        return out;
    }

    /** SHA-256 over every snapshot row in key order: any edit outside the app changes it. */
    private static String digest(Connection c) throws SQLException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM obligation ORDER BY rule_id, jurisdiction");
                 ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        String v = rs.getString(i);
                        String part = v == null ? "-" : v.length() + ":" + v;
                        sha.update(part.getBytes(StandardCharsets.UTF_8));
                        sha.update((byte) '|');
                    }
                    sha.update((byte) '\n');
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** The snapshot's digest, or null when it is empty (so "never assessed" and "nothing applies" audit alike). */
    private static String snapshotDigest(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM obligation")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return null;
            }
        }
        return digest(c);
    }

    @Override
    public void collect(Connection connection, Map<String, String> into) throws SQLException {
        String snapshot = snapshotDigest(connection);
        if (snapshot != null) {
            into.put(AuditedState.key(SNAPSHOT, "case", "snapshot"), snapshot);
        }
        queryDone(connection).forEach((key, done) -> {
            into.put(AuditedState.key(DONE, key.toString(), "done_at"), done.doneAt().toString());
            if (done.channel() != null) {
                into.put(AuditedState.key(DONE, key.toString(), "channel"), done.channel());
            }
            if (done.reference() != null) {
                into.put(AuditedState.key(DONE, key.toString(), "reference"), done.reference());
            }
        });
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String json(List<String> items) {
        try {
            return JSON.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored obligation's list is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
