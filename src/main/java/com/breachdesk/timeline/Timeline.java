package com.breachdesk.timeline;

import com.breachdesk.audit.AuditChange;
import com.breachdesk.audit.AuditedState;
import com.breachdesk.casefile.CaseFile;
import com.breachdesk.casefile.CaseTransaction;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.vocabulary.Coded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** The append-only incident timeline of a case. */
public final class Timeline implements AuditedState {

    private static final String COLUMNS = "id, event_at, logged_at, kind, actor, text, corrects, privileged";

    private final CaseFile caseFile;
    private final Clock clock;

    public Timeline(CaseFile caseFile, Clock clock) {
        this.caseFile = caseFile;
        this.clock = clock;
    }

    /**
     * Adds an entry. {@code corrects} names an earlier entry this one corrects; the earlier entry stays
     * as it was, and both are shown.
     */
    public TimelineEntry add(MomentInZone eventAt, TimelineKind kind, String text, OptionalLong corrects) {
        return add(eventAt, kind, text, corrects, false);
    }

    /**
     * Adds an entry, marked as legal privilege when {@code privileged}. A correction of a privileged entry is
     * privileged too: it usually restates what it corrects.
     */
    public TimelineEntry add(MomentInZone eventAt, TimelineKind kind, String text, OptionalLong corrects,
                             boolean privileged) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A timeline entry needs text");
        }
        return caseFile.write(tx -> {
            TimelineEntry corrected = corrects.isPresent() ? find(tx.connection(), corrects.getAsLong()) : null;
            boolean privilege = privileged || (corrected != null && corrected.privileged());
            Instant loggedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            return insert(tx, new TimelineEntry(0, eventAt, loggedAt, kind, tx.actor(), text.strip(), corrects, privilege),
                    false);
        });
    }

    /**
     * Puts back an entry exactly as another case recorded it (id, logged time, author), in the caller's
     * transaction: for recreating a case from an export. Audited like a new entry.
     */
    public static TimelineEntry restore(CaseTransaction tx, TimelineEntry entry) throws SQLException {
        return insert(tx, entry, true);
    }

    private static TimelineEntry insert(CaseTransaction tx, TimelineEntry e, boolean keepId) throws SQLException {
        Connection c = tx.connection();
        if (e.corrects().isPresent() && find(c, e.corrects().getAsLong()) == null) {
            throw new IllegalArgumentException("There is no timeline entry #" + e.corrects().getAsLong() + " to correct");
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO timeline_entry (id, event_at, logged_at, kind, actor, text, corrects, privileged) "
                        + "VALUES (?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            if (keepId) {
                ps.setLong(1, e.id());
            } else {
                ps.setNull(1, java.sql.Types.INTEGER);
            }
            ps.setString(2, e.eventAt().encode());
            ps.setString(3, e.loggedAt().toString());
            ps.setString(4, e.kind().id());
            ps.setString(5, e.actor());
            ps.setString(6, e.text());
            if (e.corrects().isPresent()) {
                ps.setLong(7, e.corrects().getAsLong());
            } else {
                ps.setNull(7, java.sql.Types.INTEGER);
            }
            ps.setInt(8, e.privileged() ? 1 : 0);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        TimelineEntry entry = new TimelineEntry(id, e.eventAt(), e.loggedAt(), e.kind(), e.actor(), e.text(),
                e.corrects(), e.privileged());
        tx.audit(new AuditChange("append", "timeline", Long.toString(id), "entry", null, entry.auditText()));
        return entry;
    }

    /** Every entry in the order the events happened (ties in the order they were logged). */
    public List<TimelineEntry> chronological() {
        return caseFile.read(c -> query(c, "SELECT " + COLUMNS + " FROM timeline_entry ORDER BY event_at, id"));
    }

    private static TimelineEntry find(Connection c, long id) throws SQLException {
        List<TimelineEntry> found = query(c, "SELECT " + COLUMNS + " FROM timeline_entry WHERE id = " + id);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<TimelineEntry> query(Connection c, String sql) throws SQLException {
        List<TimelineEntry> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                long corrects = rs.getLong(7);
                OptionalLong correctsId = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(corrects);
                out.add(new TimelineEntry(rs.getLong(1), MomentInZone.decode(rs.getString(2)).orElseThrow(),
                        Instant.parse(rs.getString(3)), Coded.parse(TimelineKind.class, rs.getString(4)),
                        rs.getString(5), rs.getString(6), correctsId, rs.getInt(8) == 1));
            }
        }
        return out;
    }

    @Override
    public void collect(Connection connection, Map<String, String> into) throws SQLException {
        for (TimelineEntry e : query(connection, "SELECT " + COLUMNS + " FROM timeline_entry")) {
            into.put(AuditedState.key("timeline", Long.toString(e.id()), "entry"), e.auditText());
        }
    }
}
