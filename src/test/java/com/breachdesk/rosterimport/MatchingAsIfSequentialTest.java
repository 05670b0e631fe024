package com.breachdesk.rosterimport;

import com.breachdesk.jurisdiction.JurisdictionResolver;
import com.breachdesk.roster.ImportRecord;
import com.breachdesk.roster.MergeEvent;
import com.breachdesk.roster.Person;
import com.breachdesk.roster.RosterFilter;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestCases;
import com.breachdesk.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import matches and stores rows through in-memory batches and a writing thread that runs behind. Whatever it
 * keeps in memory, the people it stores must be exactly those of the plain rule applied one row at a time, each row
 * seeing every row before it as stored: this test applies that rule in memory ({@link Sequential}) to rosters whose
 * duplicates sit near their first row, in the batch before, and many batches back, and compares every field.
 */
class MatchingAsIfSequentialTest {

    private static final String HEADER = "Customer ID,Full name,Email,Phone,Country,Date of birth";
    /** How far back a duplicate row's first row is: same batch, across batch edges, beyond the batches kept. */
    private static final int[] DISTANCES = {1, 3, 40, 1_999, 2_001, 2_500, 4_100, 9_000, 12_000};
    private static final String[] COUNTRIES = {"PL", "UA", "Germany", "", "Atlantis", "Україна", "GB"};

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");
    private CaseSession session;

    @BeforeEach
    void open() throws Exception {
        session = TestCases.create(dir, clock);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void storesWhatMatchingOneRowAtATimeWouldStore() throws Exception {
        Sequential expected = new Sequential();
        List<String> first = roster(new Random(7), 16_000, 0);
        check(first, 1, expected);
        // A second file into the same case: merges into people already stored, with their undo images.
        List<String> second = roster(new Random(11), 6_000, 12_000);
        check(second, 2, expected);
    }

    private void check(List<String> lines, long importId, Sequential expected) throws Exception {
        String csv = HEADER + "\n" + String.join("\n", lines) + "\n";
        Path file = dir.resolve("roster-" + importId + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        ColumnMapping mapping = MappingSuggester.suggest(List.of(HEADER.split(",")));

        expected.startImport();
        for (Person incoming : read(csv, mapping, importId)) {
            expected.store(incoming);
        }
        ImportResult result = session.rosterImporter().importFile(file, new CsvFormat(StandardCharsets.UTF_8, 0, ','),
                mapping, ImportListener.NONE);

        ImportRecord.Counts counts = result.record().counts();
        assertThat(result.record().id()).isEqualTo(importId);
        assertThat(counts.imported()).isEqualTo(expected.imported);
        assertThat(counts.merged()).isEqualTo(expected.merged);
        assertThat(counts.unresolved()).isEqualTo(expected.unresolved);
        assertThat(expected.merged).as("the roster has duplicates to merge").isGreaterThan(lines.size() / 20);
        assertThat(session.roster().page(RosterFilter.ALL, 0, 100_000)).isEqualTo(expected.people);
        assertThat(session.roster().merges(importId)).isEqualTo(expected.events);
    }

    /** The people the import reads from the file, before matching: parsing is not what this test is about. */
    private List<Person> read(String csv, ColumnMapping mapping, long importId) throws Exception {
        List<Person> out = new ArrayList<>();
        try (CsvRecords records = new CsvRecords(new StringReader(csv), ',', "UTF-8");
             RejectsFile rejects = new RejectsFile(dir.resolve("model-rejects.csv"), ',', records.headerRaw())) {
            RowReader rows = new RowReader(records, new RowInterpreter(records.header(), mapping), rejects,
                    new JurisdictionResolver(), importId, mapping.idNamespace());
            RowReader.Incoming in;
            while ((in = rows.next()) != null) {
                out.add(in.person());
            }
        }
        return out;
    }

    /**
     * Rows of new people (numbered from {@code firstNumber}) and duplicates of earlier ones written differently:
     * the email in capitals, the phone in another format, another phone (which the merge drops), another date of
     * birth (a conflict: a new person), a country where the first row had none.
     */
    private static List<String> roster(Random random, int rows, int firstNumber) {
        List<String> out = new ArrayList<>(rows);
        List<Integer> numbers = new ArrayList<>();
        int next = firstNumber;
        for (int r = 0; r < rows; r++) {
            int back = DISTANCES[random.nextInt(DISTANCES.length)];
            boolean duplicate = random.nextInt(100) < 25;
            int k;
            if (duplicate && firstNumber > 0 && random.nextBoolean()) {
                k = random.nextInt(firstNumber); // someone from the first file
            } else if (duplicate && numbers.size() > back) {
                k = numbers.get(numbers.size() - 1 - back);
            } else {
                k = next++;
                numbers.add(k);
                String country = COUNTRIES[k % COUNTRIES.length];
                String dob = k % 3 == 0 ? "" : birth(k);
                out.add(String.join(",", "C" + k, "Person " + k, "p" + k + "@example.com", phone(600, k), country, dob));
                continue;
            }
            out.add(switch (random.nextInt(6)) {
                case 0 -> String.join(",", "", "", ("P" + k + "@EXAMPLE.com"), "", "", "");
                case 1 -> String.join(",", "", "Person " + k, "", "0048 600 " + String.format("%06d", k), "PL", "");
                case 2 -> String.join(",", "", "", "p" + k + "@example.com", phone(700, k), "UA", "");
                case 3 -> String.join(",", "", "", "", phone(700, k), "", ""); // a phone the merge above dropped
                case 4 -> String.join(",", "", "", "p" + k + "@example.com", "", "PL", "1990-01-01");
                default -> String.join(",", "C" + k, "", "", "", "PL", birth(k));
            });
        }
        return out;
    }

    private static String phone(int prefix, int k) {
        return "+48 " + prefix + " " + String.format("%06d", k);
    }

    private static String birth(int k) {
        return String.format("%d-%02d-%02d", 1950 + k % 60, 1 + k % 12, 1 + k % 28);
    }

    /** The matching rule, one row at a time, everything in memory. */
    private static final class Sequential {
        final List<Person> people = new ArrayList<>();
        final List<MergeEvent> events = new ArrayList<>();
        private Map<String, Long> keys;
        private long firstNew;
        long imported;
        long merged;
        long unresolved;

        /** Each import starts from the keys of the people stored, in id order, as the importer loads them. */
        void startImport() {
            keys = new HashMap<>();
            people.forEach(this::remember);
            firstNew = people.size() + 1;
            events.clear();
            imported = 0;
            merged = 0;
            unresolved = 0;
        }

        void store(Person incoming) {
            long tried = 0;
            for (MatchKeys kind : MatchKeys.values()) {
                String key = kind.of(incoming);
                Long id = key == null ? null : keys.get(kind + ":" + key);
                if (id == null || id == tried) {
                    continue;
                }
                Person found = people.get((int) (id - 1));
                if (!key.equals(kind.of(found))) {
                    continue;
                }
                tried = id;
                Optional<String> conflict = PersonMerge.conflict(found, incoming);
                events.add(new MergeEvent(incoming.createdImport(), incoming.sourceLine(), id, kind.id(),
                        conflict.isEmpty(), conflict.orElse(null)));
                if (conflict.isEmpty()) {
                    Person result = PersonMerge.merge(found, incoming, Set.of());
                    people.set((int) (id - 1), result);
                    remember(result);
                    merged++;
                    if (id >= firstNew) {
                        unresolved += unplaced(result) - unplaced(found);
                    }
                    return;
                }
            }
            Person created = incoming.withId(people.size() + 1);
            people.add(created);
            remember(created);
            imported++;
            unresolved += unplaced(created);
        }

        private static int unplaced(Person p) {
            return p.resolution().jurisdiction() == null ? 1 : 0;
        }

        private void remember(Person p) {
            for (MatchKeys kind : MatchKeys.values()) {
                String key = kind.of(p);
                if (key != null) {
                    keys.putIfAbsent(kind + ":" + key, p.id());
                }
            }
        }
    }
}
