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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The SQL for {@code person} rows: the one place that maps between rows and {@link Person}. */
public final class PersonStore {

    static final String COLUMNS = "id, created_import, source_line, id_namespace, external_id, full_name, email, "
            + "phone, phone_key, street, city, region, postal_code, country, date_of_birth, language, "
            + "jurisdiction, resolution_method, resolution_confidence, categories, notification_status";
    static final int COLUMN_COUNT = 21;
    private static final java.util.Set<String> KNOWN_COLUMNS = java.util.Set.of(COLUMNS.split(", "));

    private PersonStore() {
    }

    /**
     * Adds people in batches inside the caller's transaction, {@value #ROWS_PER_STATEMENT} rows to a statement:
     * through sqlite-jdbc each statement run costs two JNI calls and SQLite's per-statement set-up, and a million
     * single-row inserts took ~19 % longer than the same rows twenty to a statement (measured on 970,786 rows).
     */
    public static final class Inserter implements AutoCloseable {
        private static final int BATCH = 2_000;
        private static final int ROWS_PER_STATEMENT = 20;
        private final RowLayout layout;
        private final PreparedStatement many;
        private final PreparedStatement one;
        private final List<Person> pending = new ArrayList<>(BATCH);

        Inserter(Connection c, RowLayout layout) throws SQLException {
            String insert = "INSERT INTO person (" + COLUMNS + ") VALUES ";
            this.layout = layout;
            this.many = c.prepareStatement(insert + layout.values(ROWS_PER_STATEMENT));
            this.one = c.prepareStatement(insert + layout.values(1));
        }

        public void add(Person p) throws SQLException {
            pending.add(p);
            if (pending.size() == BATCH) {
                flush();
            }
        }

        public void flush() throws SQLException {
            if (pending.isEmpty()) {
                return;
            }
            int whole = pending.size() - pending.size() % ROWS_PER_STATEMENT;
            for (int i = 0; i < whole; i += ROWS_PER_STATEMENT) {
                layout.bindShared(many);
                for (int r = 0; r < ROWS_PER_STATEMENT; r++) {
                    layout.bind(many, r, pending.get(i + r));
                }
                many.addBatch();
            }
            for (int i = whole; i < pending.size(); i++) {
                layout.bindShared(one);
                layout.bind(one, 0, pending.get(i));
                one.addBatch();
            }
            if (whole > 0) {
                many.executeBatch();
            }
            if (whole < pending.size()) {
                one.executeBatch();
            }
            pending.clear();
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                try {
                    many.close();
                } finally {
                    one.close();
                }
            }
        }
    }

    /** How the people of one {@code INSERT} are laid out as parameters. */
    private interface RowLayout {
        /** The {@code VALUES} list for {@code rows} people. */
        String values(int rows);

        /** Binds the parameters every row of a statement shares (none, or those of the import). */
        void bindShared(PreparedStatement ps) throws SQLException;

        void bind(PreparedStatement ps, int row, Person p) throws SQLException;
    }

    /** Every column bound for every person. */
    private record EveryColumn(CategoryBits bits) implements RowLayout {
        @Override
        public String values(int rows) {
            return String.join(",", Collections.nCopies(rows, "(" + "?,".repeat(COLUMN_COUNT - 1) + "?)"));
        }

        @Override
        public void bindShared(PreparedStatement ps) {
        }

        @Override
        public void bind(PreparedStatement ps, int row, Person p) throws SQLException {
            PersonStore.bind(ps, row * COLUMN_COUNT, p, bits);
        }
    }

    /**
     * The new people of one import. What they all share (the import, its id namespace, "pending") is bound once a
     * statement or written in the SQL, and the resolution's method and confidence go as their enum's position: each
     * text bound through sqlite-jdbc is a synchronized JNI call with two copies of the bytes, and these binds were
     * the writing thread's largest cost after SQLite's own (JFR, 1M rows).
     */
    private record OneImport(CategoryBits bits, long importId, String namespace) implements RowLayout {
        private static final int PER_ROW = 18;

        @Override
        public String values(int rows) {
            StringBuilder sql = new StringBuilder();
            for (int r = 0; r < rows; r++) {
                int b = 2 + r * PER_ROW;
                sql.append(r == 0 ? "(" : ",(").append('?').append(b + 1).append(",?1,?").append(b + 2)
                        .append(",CASE WHEN ?").append(b + 3).append(" IS NULL THEN NULL ELSE ?2 END");
                for (int k = 3; k <= 15; k++) {
                    sql.append(",?").append(b + k);
                }
                sql.append(',').append(byPosition(b + 16, ResolutionMethod.values()))
                        .append(',').append(byPosition(b + 17, Confidence.values()))
                        .append(",?").append(b + 18).append(",'").append(literal(NotificationStatus.PENDING)).append("')");
            }
            return sql.toString();
        }

        private static String byPosition(int parameter, Coded[] values) {
            StringBuilder sql = new StringBuilder("CASE ?").append(parameter);
            for (int i = 0; i < values.length; i++) {
                sql.append(" WHEN ").append(i).append(" THEN '").append(literal(values[i])).append('\'');
            }
            return sql.append(" END").toString();
        }

        private static String literal(Coded value) {
            if (!value.id().matches("[a-z_]+")) {
                throw new IllegalStateException("Not a plain id: " + value.id());
            }
            return value.id();
        }

        @Override
        public void bindShared(PreparedStatement ps) throws SQLException {
            ps.setLong(1, importId);
            text(ps, 2, namespace);
        }

        @Override
        public void bind(PreparedStatement ps, int row, Person p) throws SQLException {
            if (p.createdImport() != importId || p.notificationStatus() != NotificationStatus.PENDING
                    || !Objects.equals(p.idNamespace(), p.externalId() == null ? null : namespace)) {
                throw new IllegalArgumentException("Person #" + p.id() + " is not a new person of import " + importId);
            }
            int b = 2 + row * PER_ROW;
            ps.setLong(b + 1, p.id());
            ps.setLong(b + 2, p.sourceLine());
            bindDetails(ps, b + 3, p);
            ps.setInt(b + 16, p.resolution().method().ordinal());
            ps.setInt(b + 17, p.resolution().confidence().ordinal());
            ps.setLong(b + 18, bits.mask(p.categories()));
        }
    }

    public static Inserter inserter(Connection c, CategoryBits bits) throws SQLException {
        return new Inserter(c, new EveryColumn(bits));
    }

    /**
     * An inserter for the new people of one import: each was created by {@code importId}, is still pending, and has
     * {@code namespace} exactly when it has an external id (anything else is refused).
     */
    public static Inserter importInserter(Connection c, CategoryBits bits, long importId, String namespace)
            throws SQLException {
        return new Inserter(c, new OneImport(bits, importId, namespace));
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
        bind(ps, 0, p, bits);
    }

    /** Binds a person's columns to parameters {@code at + 1} to {@code at + COLUMN_COUNT}. */
    private static void bind(PreparedStatement ps, int at, Person p, CategoryBits bits) throws SQLException {
        ps.setLong(at + 1, p.id());
        ps.setLong(at + 2, p.createdImport());
        ps.setLong(at + 3, p.sourceLine());
        text(ps, at + 4, p.idNamespace());
        bindDetails(ps, at + 5, p);
        ps.setString(at + 18, p.resolution().method().id());
        ps.setString(at + 19, p.resolution().confidence().id());
        ps.setLong(at + 20, bits.mask(p.categories()));
        ps.setString(at + 21, p.notificationStatus().id());
    }

    /**
     * The thirteen columns from {@code external_id} to {@code jurisdiction}, each person's own, to parameters
     * {@code first} to {@code first + 12}: bound the same way by both row layouts.
     */
    private static void bindDetails(PreparedStatement ps, int first, Person p) throws SQLException {
        text(ps, first, p.externalId());
        text(ps, first + 1, p.fullName());
        text(ps, first + 2, p.email());
        text(ps, first + 3, p.phone());
        text(ps, first + 4, p.phoneE164());
        Person.Address a = p.address();
        text(ps, first + 5, a.street());
        text(ps, first + 6, a.city());
        text(ps, first + 7, a.region());
        text(ps, first + 8, a.postalCode());
        text(ps, first + 9, a.country());
        text(ps, first + 10, p.dateOfBirth() == null ? null : isoDate(p.dateOfBirth()));
        text(ps, first + 11, p.language());
        text(ps, first + 12, p.resolution().jurisdiction());
    }

    /**
     * A date as ISO text, exactly as {@link LocalDate#toString}, written digit by digit for four-digit years. At a
     * million rows this is the import's writing thread's work: {@code toString} cost ~4 % of it, and looking the
     * text up in a memo of distinct dates cost more (hash map nodes scattered over the heap: a cache miss or two).
     */
    static String isoDate(LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return date.toString();
        }
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        char[] c = {
            (char) ('0' + year / 1000), (char) ('0' + year / 100 % 10), (char) ('0' + year / 10 % 10),
            (char) ('0' + year % 10), '-', (char) ('0' + month / 10), (char) ('0' + month % 10), '-',
            (char) ('0' + day / 10), (char) ('0' + day % 10)};
        return new String(c);
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
