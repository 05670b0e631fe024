package com.breachdesk.rosterimport;

import com.breachdesk.audit.AuditChange;
import com.breachdesk.casefile.CaseFile;
import com.breachdesk.casefile.CaseTransaction;
import com.breachdesk.jurisdiction.JurisdictionResolver;
import com.breachdesk.jurisdiction.Resolution;
import com.breachdesk.roster.CategoryBits;
import com.breachdesk.roster.ImportLog;
import com.breachdesk.roster.ImportRecord;
import com.breachdesk.roster.MergeEvent;
import com.breachdesk.roster.NotificationStatus;
import com.breachdesk.roster.Person;
import com.breachdesk.roster.PersonField;
import com.breachdesk.roster.PersonStore;
import com.breachdesk.roster.RosterEdits;
import com.breachdesk.roster.UndoImages;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Imports a roster CSV into a case in one transaction: every row is parsed (bad ones go to the rejects
 * file), read through the column mapping, placed in a jurisdiction, and either added as a new person or
 * merged into the person it matches (external id, email, E.164 phone). The import is recorded and
 * audited with the file's SHA-256; cancelling, or any failure, leaves the case exactly as it was.
 * Reading and matching run on the caller's thread while the writes run behind on a thread of their own
 * ({@link WriteBehind}), so the two halves use both cores of a laptop.
 */
public final class RosterImporter {

    private static final long REPORT_NANOS = 200_000_000L;
    /** Rows read ahead of matching, so that their lookups in the dedupe table overlap ({@link DedupeIndex#touch}). */
    private static final int CHUNK = 64;
    /** People stored between looks at Cancel and the clock. */
    private static final int CHECK_EVERY = 1_000;
    private static final int IMPORT_CACHE_KIB = 512 * 1024;
    private static final int INDEX_BUILD_CACHE_KIB = 16 * 1024;
    /** Writes (a batch of 2,000 people is one) that may wait for the writing thread before matching waits in turn. */
    private static final int WRITES_WAITING = 8;

    private final CaseFile caseFile;
    private final JurisdictionResolver resolver;
    private final Clock clock;

    public RosterImporter(CaseFile caseFile, JurisdictionResolver resolver, Clock clock) {
        this.caseFile = caseFile;
        this.resolver = resolver;
        this.clock = clock;
    }

    /** Where the rejects of import {@code id} go: beside the case file. */
    public static Path rejectsPathFor(Path caseFilePath, long importId) {
        String name = caseFilePath.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return caseFilePath.resolveSibling(stem + "-import-" + importId + "-rejects.csv");
    }

    public ImportResult importFile(Path file, CsvFormat format, ColumnMapping mapping, ImportListener listener) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " does not exist");
        }
        long totalBytes;
        try {
            totalBytes = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return caseFile.writeInBulk(tx -> {
            try {
                return run(tx, file, totalBytes, format, mapping, listener);
            } catch (IOException e) {
                throw new UncheckedIOException("Reading " + file.getFileName() + " failed: " + e.getMessage(), e);
            }
        });
    }

    private ImportResult run(CaseTransaction tx, Path file, long totalBytes, CsvFormat format, ColumnMapping mapping,
                             ImportListener listener) throws SQLException, IOException {
        Connection c = tx.connection();
        try (Statement st = c.createStatement()) {
            // A million inserts into an indexed table touch pages all over the index; with SQLite's
            // default 2 MB page cache they spill and are read back many times. Native memory, not heap.
            st.execute("PRAGMA cache_size = -" + IMPORT_CACHE_KIB);
        }
        try {
            return importInTransaction(tx, file, totalBytes, format, mapping, listener);
        } finally {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA cache_size = -2000");
            }
        }
    }

    private ImportResult importInTransaction(CaseTransaction tx, Path file, long totalBytes, CsvFormat format,
                                      ColumnMapping mapping, ImportListener listener) throws SQLException, IOException {
        Connection c = tx.connection();
        CategoryBits bits = CategoryBits.ensure(c);
        long importId = ImportLog.nextId(c);
        long firstNewId = PersonStore.nextId(c);
        Instant startedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String mappingJson = MappingPresets.toJson(mapping);
        ImportLog.start(c, new ImportRecord(importId, file.getFileName().toString(), "", format.encoding().name(),
                format.delimiterName(), mappingJson, new ImportRecord.Counts(0, 0, 0, 0, 0), Optional.empty(),
                tx.actor(), startedAt, ImportRecord.Status.ACTIVE, Optional.empty(), Optional.empty()));
        long existing = countPeople(c);
        // Sized once for the keys already there and those the file can bring (~100 bytes a row, a key for each
        // mapped id, email and phone column): growing it half-way through a million rows would rehash every key
        // and hold both tables at once (it did, at 1M rows with three key columns, when sized for two).
        long keyColumns = Stream.of(RosterField.EXTERNAL_ID, RosterField.EMAIL, RosterField.PHONE)
                .filter(f -> mapping.header(f) != null).count();
        DedupeIndex index = existingKeys(c, existing * MatchKeys.values().length + totalBytes / 100 * keyColumns);
        // Building the summary index once from sorted data beats a million scattered insertions into it;
        // worth it when the file adds more than a quarter of the people already there (~100 bytes a row).
        boolean rebuildIndex = totalBytes / 100 > existing / 4;
        if (rebuildIndex) {
            PersonStore.dropSummaryIndexes(c);
        }

        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path rejectsTarget = rejectsPathFor(caseFile.path(), importId);
        try (InputStream raw = Files.newInputStream(file);
             Counter counter = new Counter(new BufferedInputStream(raw, 1 << 16));
             DigestInputStream digest = new DigestInputStream(counter, sha)) {
            digest.readNBytes(format.bomLength());
            Reader reader = new InputStreamReader(digest, format.encoding().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
            try (CsvRecords records = new CsvRecords(reader, format.delimiter(), format.encoding().name());
                 PersonStore.Inserter inserter = PersonStore.importInserter(c, bits, importId, mapping.idNamespace());
                 PersonStore.Finder finder = PersonStore.finder(c, bits);
                 ImportLog.MergeWriter mergeLog = ImportLog.mergeWriter(c);
                 WriteBehind writes = new WriteBehind(WRITES_WAITING, "roster-import-writer")) {
                RowInterpreter interpreter = new RowInterpreter(records.header(), mapping);
                try (RejectsFile rejects = new RejectsFile(rejectsTarget, format.delimiter(), records.headerRaw())) {
                    RowReader rows = new RowReader(records, interpreter, rejects, resolver, importId,
                            mapping.idNamespace());
                    long started = System.nanoTime();
                    Storing storing = new Storing(c, index, new PeopleWriter(writes, inserter, finder), mergeLog,
                            firstNewId, importId);
                    try {
                        readAndStore(rows, storing, listener, counter, totalBytes, started);
                        listener.progress(finishing(rows.rowsRead(), totalBytes, System.nanoTime() - started));
                        storing.people.finish();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new ImportCancelledException();
                    }
                    long rowsRead = rows.rowsRead();
                    if (rebuildIndex) {
                        rebuildSummaryIndex(c);
                    }
                    // The index rebuild takes seconds at a million rows: a Cancel pressed meanwhile still counts.
                    if (listener.cancelled()) {
                        throw new ImportCancelledException();
                    }
                    digest.transferTo(java.io.OutputStream.nullOutputStream());
                    long unresolved = storing.unresolved;
                    ImportRecord.Counts counts = new ImportRecord.Counts(rowsRead, storing.imported, storing.merged,
                            rejects.count(), unresolved);
                    String sha256 = HexFormat.of().formatHex(sha.digest());
                    Path rejectsFile = rejects.commit();
                    try {
                        ImportLog.finish(c, importId, sha256, counts,
                                rejectsFile == null ? null : rejectsFile.getFileName().toString());
                        tx.audit(new AuditChange("import", "roster_import", Long.toString(importId), null, null,
                                auditText(file, sha256, format, mappingJson, counts)));
                        tx.audit(AuditChange.fieldChange("roster_import", Long.toString(importId), "status", null,
                                ImportRecord.Status.ACTIVE.id()));
                        listener.progress(finishing(rowsRead, totalBytes, System.nanoTime() - started));
                    } catch (SQLException | RuntimeException e) {
                        if (rejectsFile != null) {
                            Files.deleteIfExists(rejectsFile);
                        }
                        throw e;
                    }
                    ImportRecord record = ImportLog.find(c, importId).orElseThrow();
                    return new ImportResult(record, Optional.ofNullable(rejectsFile), rows.datesOfBirthUnread(),
                            storing.conflicts);
                }
            }
        }
    }

    /**
     * Reads every row and matches and stores it, on this thread; the writes run behind on the writer's. A method of
     * its own, apart from the import's long one, so that the JIT compiles this loop once as a small method.
     */
    private static void readAndStore(RowReader rows, Storing storing, ImportListener listener, Counter counter,
                                     long totalBytes, long started)
            throws IOException, SQLException, InterruptedException {
        long lastReport = started;
        int sinceCheck = 0;
        RowReader.Incoming[] chunk = new RowReader.Incoming[CHUNK];
        for (;;) {
            int n = 0;
            RowReader.Incoming in;
            while (n < CHUNK && (in = rows.next()) != null) {
                chunk[n++] = in;
            }
            if (n == 0) {
                return;
            }
            storing.touchKeys(chunk, n);
            for (int i = 0; i < n; i++) {
                storing.store(chunk[i]);
                chunk[i] = null;
                if (++sinceCheck == CHECK_EVERY) {
                    sinceCheck = 0;
                    if (listener.cancelled()) {
                        throw new ImportCancelledException();
                    }
                    long now = System.nanoTime();
                    if (now - lastReport >= REPORT_NANOS) {
                        lastReport = now;
                        listener.progress(progress(rows.rowsRead(), counter.count(), totalBytes, now - started));
                    }
                }
            }
        }
    }

    /**
     * The storing half of an import, row by row: match, then insert or merge. The writes themselves run behind, on
     * their own thread ({@link PeopleWriter}). A class of its own (not a loop body inside the import) so that the JIT
     * compiles it once as a normal method instead of recompiling the whole import method on the fly, which took
     * seconds of a core on a 2-core laptop.
     */
    private static final class Storing {
        private final Connection c;
        private final DedupeIndex index;
        final PeopleWriter people;
        private final ImportLog.MergeWriter mergeLog;
        private final long firstNewId;
        private final long importId;
        private long nextId;
        long imported;
        long merged;
        long conflicts;
        /** People this import added who are still without a jurisdiction (a later row may place them). */
        long unresolved;
        /** What {@link #touchKeys} read, kept so that the reads are not optimised away. */
        private long touched;

        Storing(Connection c, DedupeIndex index, PeopleWriter people, ImportLog.MergeWriter mergeLog,
                long firstNewId, long importId) {
            this.c = c;
            this.index = index;
            this.people = people;
            this.mergeLog = mergeLog;
            this.firstNewId = firstNewId;
            this.importId = importId;
            this.nextId = firstNewId;
        }

        /** Touches the dedupe table where the keys of these rows will be looked up (see {@link DedupeIndex#touch}). */
        void touchKeys(RowReader.Incoming[] chunk, int n) {
            long seen = 0;
            for (int i = 0; i < n; i++) {
                for (long h : chunk[i].keyHashes()) {
                    if (h != 0) {
                        seen += index.touch(h);
                    }
                }
            }
            touched = seen;
        }

        void store(RowReader.Incoming in) throws SQLException, InterruptedException {
            Person match = findMatch(in);
            if (match == null) {
                Person created = in.person().withId(nextId++);
                people.add(created);
                if (unplaced(created)) {
                    unresolved++;
                }
                for (long h : in.keyHashes()) {
                    if (h != 0) {
                        index.putIfAbsent(h, created.id());
                    }
                }
                imported++;
            } else {
                merge(match, in.person());
            }
        }

        private void merge(Person before, Person incoming) throws SQLException, InterruptedException {
            boolean alreadyInCase = before.id() < firstNewId;
            Set<PersonField> edited = Set.of();
            if (alreadyInCase) {
                people.drain(); // the edits and the undo image are read here, on this thread
                edited = RosterEdits.editedFieldsOf(c, before.id());
                UndoImages.keep(c, importId, before.id());
            }
            Person result = PersonMerge.merge(before, incoming, edited);
            people.update(result);
            if (!alreadyInCase && unplaced(before) != unplaced(result)) {
                unresolved += unplaced(result) ? 1 : -1;
            }
            remember(index, result);
            merged++;
        }

        /** The person a row belongs to (external id first, then email, then phone), or null for a new person. */
        private Person findMatch(RowReader.Incoming in) throws SQLException, InterruptedException {
            Person incoming = in.person();
            long triedId = 0;
            for (MatchKeys kind : MatchKeys.values()) {
                long h = in.keyHashes()[kind.ordinal()];
                if (h == 0) {
                    continue;
                }
                long id = index.get(h);
                if (id == 0 || id == triedId) {
                    continue;
                }
                Optional<Person> found = people.find(id);
                String key = kind.of(incoming);
                if (found.isEmpty() || !key.equals(kind.of(found.get()))) {
                    continue; // a hash collision, or a key the person no longer has
                }
                triedId = id;
                Optional<String> conflict = PersonMerge.conflict(found.get(), incoming);
                MergeEvent event = new MergeEvent(importId, incoming.sourceLine(), id, kind.id(), conflict.isEmpty(),
                        conflict.orElse(null));
                people.write(() -> mergeLog.add(event));
                if (conflict.isEmpty()) {
                    return found.get();
                }
                conflicts++;
            }
            return null;
        }
    }

    private static boolean unplaced(Person p) {
        return p.resolution().jurisdiction() == null;
    }

    private static void remember(DedupeIndex index, Person p) {
        for (MatchKeys kind : MatchKeys.values()) {
            String key = kind.of(p);
            if (key != null) {
                index.putIfAbsent(kind, key, p.id());
            }
        }
    }

    private static long countPeople(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM person")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static DedupeIndex existingKeys(Connection c, long expectedKeys) throws SQLException {
        DedupeIndex index = new DedupeIndex((int) Math.min(1 << 22, Math.max(1 << 12, expectedKeys)));
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, id_namespace, external_id, email, phone_key FROM person ORDER BY id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                for (MatchKeys kind : MatchKeys.values()) {
                    String key = kind.of(rs.getString(2), rs.getString(3), Person.emailKey(rs.getString(4)), rs.getString(5));
                    if (key != null) {
                        index.putIfAbsent(kind, key, id);
                    }
                }
            }
        }
        return index;
    }

    /**
     * Builds the summary index after a big import. SQLite sorts the index entries in runs the size of the page cache:
     * with the import's half-gigabyte cache that is one run, sorted on this thread alone. With a small cache and two
     * sorting threads, runs are sorted while the table is still being read. Measured at a million people: 1.5–2.2 s
     * against 3.0 s. The runs go to SQLite's temporary files (unlinked as they are created), as in any sort bigger
     * than the cache; SQLite sorts on one thread when temporary data is kept in memory. The dirty pages the small
     * cache cannot hold are written to the file now instead of at the commit.
     */
    private static void rebuildSummaryIndex(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = -" + INDEX_BUILD_CACHE_KIB);
            st.execute("PRAGMA threads = 2");
            try {
                PersonStore.createSummaryIndexes(c);
            } finally {
                st.execute("PRAGMA threads = 0");
            }
        }
    }

    private static ImportProgress progress(long rows, long bytes, long total, long nanos) {
        double seconds = nanos / 1e9;
        Optional<Duration> left = Optional.empty();
        if (bytes > 0 && seconds > 0.2 && bytes <= total) {
            double bytesPerSecond = bytes / seconds;
            left = Optional.of(Duration.ofMillis((long) ((total - bytes) / bytesPerSecond * 1000)));
        }
        return new ImportProgress(rows, bytes, total, rowsPerSecond(rows, nanos), left, false);
    }

    private static ImportProgress finishing(long rows, long total, long nanos) {
        return new ImportProgress(rows, total, total, rowsPerSecond(rows, nanos), Optional.empty(), true);
    }

    private static double rowsPerSecond(long rows, long nanos) {
        return nanos > 0 ? rows / (nanos / 1e9) : 0;
    }

    private static String auditText(Path file, String sha256, CsvFormat format, String mappingJson,
                                    ImportRecord.Counts counts) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", file.getFileName().toString());
        details.put("sha256", sha256);
        details.put("encoding", format.encoding().name());
        details.put("delimiter", format.delimiterName());
        details.put("read", counts.read());
        details.put("imported", counts.imported());
        details.put("merged", counts.merged());
        details.put("rejected", counts.rejected());
        details.put("unresolved", counts.unresolved());
        try {
            details.put("mapping", MappingPresets.JSON.readTree(mappingJson));
            return MappingPresets.JSON.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(details);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the bytes read, for progress and time left. */
    private static final class Counter extends FilterInputStream {
        private long count;

        Counter(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
