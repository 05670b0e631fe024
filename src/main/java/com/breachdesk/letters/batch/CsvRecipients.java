package com.breachdesk.letters.batch;

import com.breachdesk.letters.data.LetterRecipient;
import com.breachdesk.population.AffectedPopulation;
import com.breachdesk.vocabulary.Coded;
import com.breachdesk.vocabulary.Countries;
import com.breachdesk.vocabulary.DataCategory;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Recipients from a CSV mailing file with the columns {@code person_id, name, address_line_1 .. address_line_6,
 * jurisdiction, language, categories} (categories: data-category ids separated by {@code ;}). The whole file is
 * checked when it is opened (problems are reported with their line numbers); it is then read a page at a time,
 * never held in memory.
 */
public final class CsvRecipients implements RecipientSource, AutoCloseable {

    private static final CsvMapper CSV = new CsvMapper();
    private static final int MAX_PROBLEMS = 20;

    private final Path file;
    private final Map<String, Long> perJurisdiction;
    private final Map<String, Long> perGroup;
    private final long total;
    private Reader reader;

    private CsvRecipients(Path file, Map<String, Long> perJurisdiction, Map<String, Long> perGroup, long total) {
        this.file = file;
        this.perJurisdiction = perJurisdiction;
        this.perGroup = perGroup;
        this.total = total;
    }

    /** Opens and checks {@code file}; refuses it with every problem's line number (the first 20). */
    public static CsvRecipients open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " does not exist");
        }
        List<String> problems = new ArrayList<>();
        long problemCount = 0;
        Map<String, Long> counts = new TreeMap<>();
        Map<String, Long> groups = new TreeMap<>();
        long total = 0;
        try (Reader r = new Reader(file)) {
            while (r.hasNext()) {
                long line = r.line();
                try {
                    LetterRecipient recipient = r.next();
                    counts.merge(recipient.jurisdiction(), 1L, Long::sum);
                    groups.merge(recipient.jurisdiction() + "|" + recipient.language(), 1L, Long::sum);
                    total++;
                } catch (IllegalArgumentException e) {
                    if (problems.size() < MAX_PROBLEMS) {
                        problems.add("line " + line + ": " + e.getMessage());
                    }
                    problemCount++;
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException && !problems.isEmpty()) {
                throw (IllegalArgumentException) e;
            }
            throw new IllegalArgumentException(file.getFileName() + " is not a readable recipients CSV: " + e.getMessage(), e);
        }
        if (problemCount > 0) {
            throw new IllegalArgumentException(file.getFileName() + ": " + problemCount + " bad row"
                    + (problemCount == 1 ? "" : "s") + ", nothing was generated:\n  " + String.join("\n  ", problems));
        }
        return new CsvRecipients(file, Map.copyOf(counts), Map.copyOf(groups), total);
    }

    /** The people of the file counted per jurisdiction, as the scope counts of the letters. */
    public AffectedPopulation population() {
        return new AffectedPopulation(AffectedPopulation.Source.ROSTER, perJurisdiction, Map.of(), 0, 0, 0);
    }

    @Override
    public List<RecipientGroup> groups(RecipientFilter filter) {
        refuseStatus(filter);
        List<RecipientGroup> out = new ArrayList<>();
        perGroup.forEach((k, n) -> {
            String j = k.substring(0, k.indexOf('|'));
            if (filter.accepts(j)) {
                out.add(new RecipientGroup(j, k.substring(k.indexOf('|') + 1), n));
            }
        });
        out.sort((a, b) -> Long.compare(b.people(), a.people()));
        return out;
    }

    @Override
    public String name() {
        return "file " + file.getFileName();
    }

    private static void refuseStatus(RecipientFilter filter) {
        if (filter.status() != null) {
            throw new IllegalArgumentException("A mailing file has no notification status: filter by status with the "
                    + "case roster (leave out --recipients)");
        }
    }

    @Override
    public long count(RecipientFilter filter) {
        refuseStatus(filter);
        return filter.jurisdiction() == null ? total : perJurisdiction.entrySet().stream()
                .filter(e -> filter.accepts(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    /** Reads on from where the last page ended; any other position is found by reading from the start. */
    @Override
    public synchronized List<LetterRecipient> page(RecipientFilter filter, String afterPersonId, int size) {
        refuseStatus(filter);
        try {
            if (reader == null || afterPersonId == null || !afterPersonId.equals(reader.lastId)) {
                if (reader != null) {
                    reader.close();
                }
                reader = new Reader(file);
                if (afterPersonId != null) {
                    while (reader.hasNext() && !afterPersonId.equals(reader.next().personId())) {
                        // skip to the page start
                    }
                }
            }
            List<LetterRecipient> out = new ArrayList<>(size);
            while (out.size() < size && reader.hasNext()) {
                LetterRecipient r = reader.next();
                if (filter.accepts(r.jurisdiction())) {
                    out.add(r);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // read-only file
            }
            reader = null;
        }
    }

    /** Reads rows one at a time and turns each into a recipient, or explains what is wrong with it. */
    private static final class Reader implements AutoCloseable {
        private final MappingIterator<Map<String, String>> rows;
        String lastId;

        Reader(Path file) throws IOException {
            this.rows = CSV.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader())
                    .readValues(Files.newBufferedReader(file));
        }

        boolean hasNext() {
            return rows.hasNext();
        }

        long line() {
            return rows.getCurrentLocation().getLineNr();
        }

        LetterRecipient next() {
            Map<String, String> row = new HashMap<>(rows.next());
            String id = value(row, "person_id");
            if (id.isEmpty()) {
                throw new IllegalArgumentException("person_id is empty");
            }
            lastId = id;
            List<String> address = new ArrayList<>();
            for (int i = 1; i <= Manifest.ADDRESS_COLUMNS; i++) {
                String line = value(row, "address_line_" + i);
                if (!line.isEmpty()) {
                    address.add(line);
                }
            }
            String jurisdiction = value(row, "jurisdiction").toUpperCase(java.util.Locale.ROOT);
            String country = jurisdiction.contains("-") ? jurisdiction.substring(0, jurisdiction.indexOf('-')) : jurisdiction;
            if (!Countries.isIsoAlpha2(country)) {
                throw new IllegalArgumentException("jurisdiction '" + jurisdiction + "' is not an ISO 3166 code (PL, US-CA)");
            }
            Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
            for (String c : value(row, "categories").split("[;,]")) {
                if (!c.isBlank()) {
                    categories.add(Coded.parse(DataCategory.class, c.strip()));
                }
            }
            return new LetterRecipient(id, value(row, "name"), address, jurisdiction,
                    value(row, "language").toLowerCase(java.util.Locale.ROOT), categories);
        }

        private static String value(Map<String, String> row, String column) {
            String v = row.get(column);
            return v == null ? "" : v.strip();
        }

        @Override
        public void close() throws IOException {
            rows.close();
        }
    }
}
