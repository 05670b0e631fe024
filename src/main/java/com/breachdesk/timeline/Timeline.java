package com.breachdesk.timeline;

import com.breachdesk.audit.AuditChange;
import com.breachdesk.audit.AuditedState;
import com.breachdesk.casefile.CaseFile;
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
            Connection c = tx.connection();
            TimelineEntry corrected = corrects.isPresent() ? find(c, corrects.getAsLong()) : null;
            if (corrects.isPresent() && corrected == null) {
                throw new IllegalArgumentException("There is no timeline entry #" + corrects.getAsLong() + " to correct");
            }
            boolean privilege = privileged || (corrected != null && corrected.privileged());
            Instant loggedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            long id;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO timeline_entry (event_at, logged_at, kind, actor, text, corrects, privileged) VALUES (?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, eventAt.encode());
                ps.setString(2, loggedAt.toString());
                ps.setString(3, kind.id());
                ps.setString(4, tx.actor());
                ps.setString(5, text.strip());
                if (corrects.isPresent()) {
                    ps.setLong(6, corrects.getAsLong());
                } else {
                    ps.setNull(6, java.sql.Types.INTEGER);
                }
                ps.setInt(7, privilege ? 1 : 0);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            TimelineEntry entry = new TimelineEntry(id, eventAt, loggedAt, kind, tx.actor(), text.strip(), corrects,
                    privilege);
            tx.audit(new AuditChange("append", "timeline", Long.toString(id), "entry", null, entry.auditText()));
            return entry;
        });
    }

    /** Every entry in the order the events happened (ties in the order they were logged). */
    public List<TimelineEntry> chronological() {
        return caseFile.read(c -> query(c, "SELECT " + COLUMNS + " FROM timeline_entry ORDER BY event_at, id"));
    }

    private static TimelineEntry find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM timeline_entry WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                List<TimelineEntry> found = map(rs);
                return found.isEmpty() ? null : found.get(0);
            }
        }
    }

    private static List<TimelineEntry> query(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return map(rs);
        }
    }

    private static List<TimelineEntry> map(ResultSet rs) throws SQLException {
        List<TimelineEntry> out = new ArrayList<>();
        while (rs.next()) {
            long corrects = rs.getLong(7);
            OptionalLong correctsId = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(corrects);
            out.add(new TimelineEntry(rs.getLong(1), MomentInZone.decode(rs.getString(2)).orElseThrow(),
                    Instant.parse(rs.getString(3)), Coded.parse(TimelineKind.class, rs.getString(4)),
                    rs.getString(5), rs.getString(6), correctsId, rs.getInt(8) == 1));
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
