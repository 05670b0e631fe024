package com.breachdesk.delivery;

import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.vocabulary.Coded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The SQL of notices marked as sent (an append-only record). */
final class SentNoticeStore {

    private static final String COLUMNS = "n.id, n.batch_id, n.rule_id, n.jurisdiction, n.sent_at, n.channel, n.reference, "
            + "n.people, n.recorded_by, n.recorded_at, e.id, e.name, e.size, e.sha256, e.attached_by, e.attached_at";

    private SentNoticeStore() {
    }

    static long insert(Connection c, Long batchId, ObligationKey obligation, MomentInZone sentAt, SendChannel channel,
                       String reference, Long evidenceId, Long people, String actor, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO notice_sent (batch_id, rule_id, jurisdiction, sent_at, "
                + "channel, reference, evidence_id, people, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            setLong(ps, 1, batchId);
            ps.setString(2, obligation == null ? null : obligation.ruleId());
            ps.setString(3, obligation == null ? null : obligation.jurisdiction());
            ps.setString(4, sentAt.encode());
            ps.setString(5, channel.id());
            ps.setString(6, reference);
            setLong(ps, 7, evidenceId);
            setLong(ps, 8, people);
            ps.setString(9, actor);
            ps.setString(10, at.toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Inserts a record under the id another case gave it (recreating a case from an export). */
    static void restore(Connection c, SentNotice n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO notice_sent (id, batch_id, rule_id, jurisdiction, "
                + "sent_at, channel, reference, evidence_id, people, recorded_by, recorded_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, n.id());
            setLong(ps, 2, n.batchId().isPresent() ? n.batchId().getAsLong() : null);
            ps.setString(3, n.obligation().map(ObligationKey::ruleId).orElse(null));
            ps.setString(4, n.obligation().map(ObligationKey::jurisdiction).orElse(null));
            ps.setString(5, n.sentAt().encode());
            ps.setString(6, n.channel().id());
            ps.setString(7, n.reference());
            setLong(ps, 8, n.evidence().map(EvidenceFile::id).orElse(null));
            setLong(ps, 9, n.people());
            ps.setString(10, n.recordedBy());
            ps.setString(11, n.recordedAt().toString());
            ps.executeUpdate();
        }
    }

    static List<SentNotice> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM notice_sent n LEFT JOIN evidence_file e ON e.id = n.evidence_id ORDER BY n.id")) {
            return read(ps);
        }
    }

    static Optional<SentNotice> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM notice_sent n LEFT JOIN evidence_file e ON e.id = n.evidence_id WHERE n.id = ?")) {
            ps.setLong(1, id);
            List<SentNotice> found = read(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static List<SentNotice> read(PreparedStatement ps) throws SQLException {
        List<SentNotice> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long batch = rs.getLong(2);
                OptionalLong batchId = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(batch);
                Optional<ObligationKey> obligation = rs.getString(3) == null ? Optional.empty()
                        : Optional.of(new ObligationKey(rs.getString(3), rs.getString(4)));
                long people = rs.getLong(8);
                Long peopleCount = rs.wasNull() ? null : people;
                long evidence = rs.getLong(11);
                Optional<EvidenceFile> file = rs.wasNull() ? Optional.empty() : Optional.of(new EvidenceFile(evidence,
                        rs.getString(12), rs.getLong(13), rs.getString(14), rs.getString(15), Instant.parse(rs.getString(16))));
                out.add(new SentNotice(rs.getLong(1), batchId, obligation, MomentInZone.decode(rs.getString(5)).orElseThrow(),
                        Coded.parse(SendChannel.class, rs.getString(6)), rs.getString(7), file, peopleCount,
                        rs.getString(9), Instant.parse(rs.getString(10))));
            }
        }
        return out;
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }
}
