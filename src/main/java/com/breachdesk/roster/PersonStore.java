package com.breachdesk.roster;

import com.breachdesk.jurisdiction.Confidence;
import com.breachdesk.jurisdiction.Resolution;
import com.breachdesk.jurisdiction.ResolutionMethod;
import com.breachdesk.vocabulary.Coded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The SQL for {@code person} rows: the one place that maps between rows and {@link Person}. */
public final class PersonStore {

    static final String COLUMNS = "id, created_import, source_line, id_namespace, external_id, full_name, email, "
            + "phone, phone_key, street, city, region, postal_code, country, date_of_birth, language, "
            + "jurisdiction, resolution_method, resolution_confidence, categories, notification_status";
    static final int COLUMN_COUNT = 21;
    private static final java.util.Set<String> KNOWN_COLUMNS = java.util.Set.of(COLUMNS.split(", "));

    private PersonStore() {
    }

    /** Adds people in batches of one statement inside the caller's transaction. */
    public static final class Inserter implements AutoCloseable {
        private static final int BATCH = 2_000;
        private final PreparedStatement ps;
        private final CategoryBits bits;
        private final List<Person> pending = new ArrayList<>(BATCH);
        /**
         * Dates of birth as text, remembered: a roster of a million people has a few tens of thousands of distinct
         * dates, and formatting each one again was 4 % of the storing thread's time. A plain map, filled up to a
         * bound: keeping it in order of use (to drop the oldest) cost more than the formatting it saved.
         */
        private static final int MAX_DATE_TEXTS = 100_000;
        private final Map<LocalDate, String> dateTexts = new HashMap<>();

        Inserter(Connection c, CategoryBits bits) throws SQLException {
            this.ps = c.prepareStatement("INSERT INTO person (" + COLUMNS + ") VALUES (" + "?,".repeat(COLUMN_COUNT - 1) + "?)");
            this.bits = bits;
        }

        /** Adds a person; ids must ascend by one within a batch (the importer numbers them so). */
        public void add(Person p) throws SQLException {
            if (!pending.isEmpty() && p.id() != pending.get(pending.size() - 1).id() + 1) {
                flush();
            }
            pending.add(p);
            if (pending.size() == BATCH) {
                flush();
            }
        }

        private String dateText(LocalDate date) {
            String text = dateTexts.get(date);
            if (text == null) {
                text = date.toString();
                if (dateTexts.size() < MAX_DATE_TEXTS) {
                    dateTexts.put(date, text);
                }
            }
            return text;
        }

        public void flush() throws SQLException {
            if (pending.isEmpty()) {
                return;
            }
            for (Person p : pending) {
                bind(ps, p, bits, this::dateText);
                ps.addBatch();
            }
            ps.executeBatch();
            pending.clear();
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                ps.close();
            }
        }
    }

    public static Inserter inserter(Connection c, CategoryBits bits) throws SQLException {
        return new Inserter(c, bits);
    }

    /** Finds and updates people by id with statements prepared once (an import merges thousands). */
    public static final class Finder implements AutoCloseable {
        private final PreparedStatement select;
        private final PreparedStatement update;
        private final CategoryBits bits;

        Finder(Connection c, CategoryBits bits) throws SQLException {
            this.select = c.prepareStatement("SELECT " + COLUMNS + " FROM person WHERE id = ?");
            this.update = c.prepareStatement("UPDATE person SET (" + COLUMNS + ") = (" + "?,".repeat(COLUMN_COUNT - 1)
                    + "?) WHERE id = ?");
            this.bits = bits;
        }

        public Optional<Person> find(long id) throws SQLException {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(map(rs, bits)) : Optional.empty();
            }
        }

        public void update(Person p) throws SQLException {
            bind(update, p, bits);
            update.setLong(COLUMN_COUNT + 1, p.id());
            if (update.executeUpdate() != 1) {
                throw new SQLException("Person #" + p.id() + " does not exist");
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                select.close();
            } finally {
                update.close();
            }
        }
    }

    public static Finder finder(Connection c, CategoryBits bits) throws SQLException {
        return new Finder(c, bits);
    }

    /** The index the scope summary reads (the schema's definition, verbatim); dropped around big imports. */
    private static final Map<String, String> SUMMARY_INDEXES = Map.of(
            "person_scope", "CREATE INDEX person_scope ON person (jurisdiction, categories, date_of_birth)");

    public static void dropSummaryIndexes(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String name : SUMMARY_INDEXES.keySet()) {
                st.execute("DROP INDEX " + name);
            }
        }
    }

    public static void createSummaryIndexes(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String ddl : SUMMARY_INDEXES.values()) {
                st.execute(ddl);
            }
        }
    }

    private static void bind(PreparedStatement ps, Person p, CategoryBits bits) throws SQLException {
        bind(ps, p, bits, LocalDate::toString);
    }

    private static void bind(PreparedStatement ps, Person p, CategoryBits bits,
                             Function<LocalDate, String> dateText) throws SQLException {
        ps.setLong(1, p.id());
        ps.setLong(2, p.createdImport());
        ps.setLong(3, p.sourceLine());
        text(ps, 4, p.idNamespace());
        text(ps, 5, p.externalId());
        text(ps, 6, p.fullName());
        text(ps, 7, p.email());
        text(ps, 8, p.phone());
        text(ps, 9, p.phoneE164());
        Person.Address a = p.address();
        text(ps, 10, a.street());
        text(ps, 11, a.city());
        text(ps, 12, a.region());
        text(ps, 13, a.postalCode());
        text(ps, 14, a.country());
        text(ps, 15, p.dateOfBirth() == null ? null : dateText.apply(p.dateOfBirth()));
        text(ps, 16, p.language());
        text(ps, 17, p.resolution().jurisdiction());
        ps.setString(18, p.resolution().method().id());
        ps.setString(19, p.resolution().confidence().id());
        ps.setLong(20, bits.mask(p.categories()));
        ps.setString(21, p.notificationStatus().id());
    }

    private static void text(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    /** Overwrites every column of an existing person. */
    public static void update(Connection c, Person p, CategoryBits bits) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE person SET (" + COLUMNS + ") = ("
                + "?,".repeat(COLUMN_COUNT - 1) + "?) WHERE id = ?")) {
            bind(ps, p, bits);
            ps.setLong(COLUMN_COUNT + 1, p.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("Person #" + p.id() + " does not exist");
            }
        }
    }

    public static Optional<Person> find(Connection c, long id, CategoryBits bits) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM person WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs, bits)) : Optional.empty();
            }
        }
    }

    public static long nextId(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM person")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Up to {@code limit} people after {@code afterId} in id order (keyset paging: cost does not grow with depth). */
    public static List<Person> page(Connection c, RosterFilter filter, LocalDate asOf, long afterId, int limit,
                                    CategoryBits bits) throws SQLException {
        Where where = Where.of(filter, asOf, bits);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM person WHERE id > ?"
                + where.sql("AND") + " ORDER BY id LIMIT ?")) {
            int i = 1;
            ps.setLong(i++, afterId);
            i = where.bind(ps, i);
            ps.setInt(i, limit);
            List<Person> out = new ArrayList<>(Math.min(limit, 1_000));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs, bits));
                }
            }
            return out;
        }
    }

    /** Up to {@code limit} people from position {@code offset} in id order (for a table scrolled anywhere). */
    public static List<Person> pageAt(Connection c, RosterFilter filter, LocalDate asOf, long offset, int limit,
                                      CategoryBits bits) throws SQLException {
        Where where = Where.of(filter, asOf, bits);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM person" + where.sql("WHERE")
                + " ORDER BY id LIMIT ? OFFSET ?")) {
            int i = where.bind(ps, 1);
            ps.setInt(i++, limit);
            ps.setLong(i, offset);
            List<Person> out = new ArrayList<>(Math.min(limit, 1_000));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs, bits));
                }
            }
            return out;
        }
    }

    /** People per (jurisdiction, language) among those the filter matches, largest group first. */
    public static List<PeopleGroup> groups(Connection c, RosterFilter filter, LocalDate asOf, CategoryBits bits)
            throws SQLException {
        Where where = Where.of(filter, asOf, bits);
        try (PreparedStatement ps = c.prepareStatement("SELECT jurisdiction, language, COUNT(*) FROM person"
                + where.sql("WHERE") + " GROUP BY jurisdiction, language ORDER BY 3 DESC, 1, 2")) {
            where.bind(ps, 1);
            List<PeopleGroup> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PeopleGroup(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
            return out;
        }
    }

    public static long count(Connection c, RosterFilter filter, LocalDate asOf, CategoryBits bits) throws SQLException {
        Where where = Where.of(filter, asOf, bits);
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM person" + where.sql("WHERE"))) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A filter as SQL with its parameters, bound only through {@code ?}. */
    private record Where(List<String> clauses, List<Object> params) {

        static Where of(RosterFilter f, LocalDate asOf, CategoryBits bits) {
            List<String> clauses = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            f.jurisdiction().ifPresent(j -> {
                if (Resolution.UNKNOWN.equals(j)) {
                    clauses.add("jurisdiction IS NULL");
                } else {
                    clauses.add("jurisdiction = ?");
                    params.add(j);
                }
            });
            f.area().ifPresent(j -> {
                clauses.add("(jurisdiction = ? OR jurisdiction LIKE ?)");
                params.add(j);
                params.add(j.replace("%", "").replace("_", "") + "-%");
            });
            f.category().ifPresent(cat -> {
                clauses.add("(categories & ?) != 0");
                params.add(bits.bit(cat));
            });
            f.method().ifPresent(m -> {
                clauses.add("resolution_method = ?");
                params.add(m.id());
            });
            f.minor().ifPresent(age -> {
                clauses.add("date_of_birth > ?");
                params.add(age.bornAfter(asOf).toString());
            });
            f.notification().ifPresent(s -> {
                clauses.add("notification_status = ?");
                params.add(s.id());
            });
            f.search().ifPresent(text -> {
                // SQLite's LIKE ignores case for ASCII only; names in rosters are written lower, Title or
                // UPPER case, so trying those three forms finds "Шевченко" from "шевч" without an extra column.
                String lower = text.toLowerCase(Locale.ROOT);
                String title = lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
                clauses.add("(full_name LIKE ? ESCAPE '\\' OR full_name LIKE ? ESCAPE '\\' OR full_name LIKE ? ESCAPE '\\'"
                        + " OR email LIKE ? ESCAPE '\\')");
                for (String form : new String[] {lower, title, text.toUpperCase(Locale.ROOT), lower}) {
                    params.add("%" + form.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                }
            });
            return new Where(clauses, params);
        }

        String sql(String keyword) {
            return clauses.isEmpty() ? "" : " " + keyword + " " + String.join(" AND ", clauses);
        }

        int bind(PreparedStatement ps, int start) throws SQLException {
            int i = start;
            for (Object p : params) {
                if (p instanceof Long l) {
                    ps.setLong(i++, l);
                } else {
                    ps.setString(i++, (String) p);
                }
            }
            return i;
        }
    }

    static Person map(ResultSet rs, CategoryBits bits) throws SQLException {
        String dob = rs.getString(15);
        Resolution resolution = new Resolution(rs.getString(17),
                Coded.parse(ResolutionMethod.class, rs.getString(18)), Coded.parse(Confidence.class, rs.getString(19)));
        return new Person(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                new Person.Address(rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14)),
                dob == null ? null : LocalDate.parse(dob), rs.getString(16), resolution, bits.categories(rs.getLong(20)),
                Coded.parse(NotificationStatus.class, rs.getString(21)));
    }

    /** Every column of one row, for an undo image. */
    static Map<String, Object> image(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM person WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("Person #" + id + " does not exist");
                }
                ResultSetMetaData md = rs.getMetaData();
                Map<String, Object> image = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    image.put(md.getColumnName(i), rs.getObject(i));
                }
                return image;
            }
        }
    }

    /** Puts back a row from its image, except the columns in {@code keep} (fields edited by hand since). */
    static void restore(Connection c, Map<String, Object> image, java.util.Set<String> keep) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Map.Entry<String, Object> e : image.entrySet()) {
            if (!KNOWN_COLUMNS.contains(e.getKey())) {
                throw new SQLException("An undo image names an unknown column: " + e.getKey());
            }
            if (!e.getKey().equals("id") && !keep.contains(e.getKey())) {
                columns.add(e.getKey() + " = ?");
                values.add(e.getValue());
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE person SET " + String.join(", ", columns) + " WHERE id = ?")) {
            int i = 1;
            for (Object v : values) {
                ps.setObject(i++, v);
            }
            ps.setLong(i, ((Number) image.get("id")).longValue());
            ps.executeUpdate();
        }
    }
}
