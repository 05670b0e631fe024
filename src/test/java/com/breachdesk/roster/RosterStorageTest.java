package com.breachdesk.roster;

import com.breachdesk.casefile.CaseFile;
import com.breachdesk.jurisdiction.Confidence;
import com.breachdesk.jurisdiction.Resolution;
import com.breachdesk.jurisdiction.ResolutionMethod;
import com.breachdesk.support.TestClock;
import com.breachdesk.vocabulary.DataCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Round trips of every storage method against a real case file. */
class RosterStorageTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");
    private CaseFile file;

    @BeforeEach
    void create() throws Exception {
        file = CaseFile.create(dir.resolve("c.breachcase"), "tester", clock);
        file.write(tx -> {
            ImportLog.start(tx.connection(), record(1));
            return null;
        });
    }

    @AfterEach
    void close() {
        file.close();
    }

    private static ImportRecord record(long id) {
        return new ImportRecord(id, "crm.csv", "abc", "UTF-8", ",", "{}", new ImportRecord.Counts(0, 0, 0, 0, 0),
                Optional.empty(), "tester", Instant.parse("2026-03-02T10:00:00Z"), ImportRecord.Status.ACTIVE,
                Optional.empty(), Optional.empty());
    }

    private static Person person(long id, String email, String jurisdiction, Set<DataCategory> categories, LocalDate dob) {
        Resolution r = jurisdiction == null ? Resolution.unresolved()
                : new Resolution(jurisdiction, ResolutionMethod.ADDRESS, Confidence.HIGH);
        return new Person(id, 1, id + 1, "crm", "ext-" + id, "Олена Коваль", email, "+380 44 123 4567", "+380441234567",
                new Person.Address("1 Main St\nFlat 2", "Kyiv", null, "01001", "Україна"), dob, "uk", r, categories,
                NotificationStatus.PENDING);
    }

    private void insert(Person... people) {
        file.write(tx -> {
            CategoryBits bits = CategoryBits.ensure(tx.connection());
            try (PersonStore.Inserter inserter = PersonStore.inserter(tx.connection(), bits)) {
                for (Person p : people) {
                    inserter.add(p);
                }
            }
            return null;
        });
    }

    private Optional<Person> find(long id) {
        return file.read(c -> PersonStore.find(c, id, CategoryBits.load(c)));
    }

    private List<Long> pageIds(RosterFilter f, LocalDate asOf, long after) {
        List<Person> page = file.read(c -> PersonStore.page(c, f, asOf, after, 10, CategoryBits.load(c)));
        return page.stream().map(Person::id).toList();
    }

    private long count(RosterFilter f, LocalDate asOf) {
        Long n = file.read(c -> PersonStore.count(c, f, asOf, CategoryBits.load(c)));
        return n;
    }

    @Test
    void aPersonRoundTripsThroughInsertAndFind() {
        Person p = person(1, "o@x.ua", "UA", Set.of(DataCategory.EMAIL, DataCategory.CHILDREN_DATA), LocalDate.of(2011, 5, 1));
        insert(p);
        assertThat(find(1)).contains(p);
        assertThat(find(99)).isEmpty();
        long next = file.read(PersonStore::nextId);
        assertThat(next).isEqualTo(2);
    }

    @Test
    void everyPersonOfABatchRoundTripsWhetherWrittenTwentyToAStatementOrOneByOne() {
        // 2,047 = a full batch of 2,000 (100 statements of 20) and 47 more (two of 20, then 7 rows one by one).
        Person[] people = new Person[2_047];
        for (int i = 0; i < people.length; i++) {
            people[i] = person(i + 1, "p" + i + "@x.ua", i % 3 == 0 ? null : "UA", Set.of(DataCategory.EMAIL),
                    i % 2 == 0 ? null : LocalDate.of(1950 + i % 60, 1 + i % 12, 1 + i % 28));
        }
        insert(people);
        assertThat(count(RosterFilter.ALL, LocalDate.of(2026, 1, 1))).isEqualTo(people.length);
        for (Person p : people) {
            assertThat(find(p.id())).contains(p);
        }
    }

    @Test
    void anImportsNewPeopleRoundTripWithEveryMethodConfidenceAndNamespace() {
        // The import's inserter writes what its people share once a statement and method and confidence as
        // positions: every combination, with and without an external id, must read back as it went in.
        List<Person> people = new ArrayList<>();
        long id = 1;
        for (ResolutionMethod method : ResolutionMethod.values()) {
            for (Confidence confidence : Confidence.values()) {
                for (boolean withId : new boolean[] {true, false}) {
                    people.add(new Person(id, 1, id + 1, withId ? "crm" : null, withId ? "ext-" + id : null,
                            "Person " + id, null, null, null, Person.Address.EMPTY, null, null,
                            new Resolution(method == ResolutionMethod.UNRESOLVED ? null : "UA", method, confidence),
                            Set.of(DataCategory.EMAIL), NotificationStatus.PENDING));
                    id++;
                }
            }
        }
        file.write(tx -> {
            CategoryBits bits = CategoryBits.ensure(tx.connection());
            try (PersonStore.Inserter inserter = PersonStore.importInserter(tx.connection(), bits, 1, "crm")) {
                for (Person p : people) {
                    inserter.add(p);
                }
            }
            return null;
        });
        for (Person p : people) {
            assertThat(find(p.id())).contains(p);
        }
    }

    @Test
    void anImportsInserterRefusesSomeoneElsesPerson() {
        Person ofImport2 = new Person(1, 2, 2, null, null, "X", null, null, null, Person.Address.EMPTY, null, null,
                Resolution.unresolved(), Set.of(), NotificationStatus.PENDING);
        assertThatThrownBy(() -> file.write(tx -> {
            CategoryBits bits = CategoryBits.ensure(tx.connection());
            try (PersonStore.Inserter inserter = PersonStore.importInserter(tx.connection(), bits, 1, "crm")) {
                inserter.add(ofImport2);
            }
            return null;
        })).hasMessageContaining("not a new person of import 1");
        assertThat(find(1)).isEmpty();
    }

    @Test
    void updateOverwritesEveryField() {
        insert(person(1, "o@x.ua", null, Set.of(), null));
        Person changed = person(1, "new@x.ua", "US-CA", Set.of(DataCategory.SSN), LocalDate.of(1980, 1, 1));
        file.write(tx -> {
            PersonStore.update(tx.connection(), changed, CategoryBits.load(tx.connection()));
            return null;
        });
        assertThat(find(1)).contains(changed);
    }

    @Test
    void pagesFollowIdsAndFiltersCombine() {
        insert(person(1, "a@x.ua", "UA", Set.of(DataCategory.EMAIL), null),
                person(2, "b@x.ua", null, Set.of(DataCategory.EMAIL, DataCategory.SSN), LocalDate.of(2015, 1, 1)),
                person(3, "c@x.ua", "UA", Set.of(DataCategory.SSN), null));
        LocalDate asOf = LocalDate.of(2026, 3, 1);
        assertThat(pageIds(RosterFilter.ALL, asOf, 1)).containsExactly(2L, 3L);
        RosterFilter ssnInUa = RosterFilter.ALL.withJurisdiction("UA").withCategory(DataCategory.SSN);
        assertThat(count(ssnInUa, asOf)).isEqualTo(1);
        RosterFilter unknownMinors = RosterFilter.ALL.withJurisdiction("unknown").withMinor(RosterFilter.MinorAge.UNDER_16);
        assertThat(pageIds(unknownMinors, asOf, 0)).containsExactly(2L);
        assertThat(count(RosterFilter.ALL.withMethod(ResolutionMethod.UNRESOLVED), asOf)).isEqualTo(1);
        assertThat(count(RosterFilter.ALL.withNotification(NotificationStatus.SENT), asOf)).isZero();
    }

    @Test
    void searchFindsCyrillicNamesWhateverTheCaseTypedAndEmails() {
        insert(person(1, "Olena@X.ua", "UA", Set.of(), null));
        LocalDate asOf = LocalDate.of(2026, 3, 1);
        for (String typed : List.of("олена", "ОЛЕНА", "Коваль", "olena@x", "100%")) {
            long expected = typed.equals("100%") ? 0 : 1;
            assertThat(count(RosterFilter.ALL.withSearch(typed), asOf)).as(typed).isEqualTo(expected);
        }
    }

    @Test
    void categoryBitsAreStoredInTheFileAndMapBothWays() {
        CategoryBits bits = file.write(tx -> CategoryBits.ensure(tx.connection()));
        long mask = bits.mask(Set.of(DataCategory.NAME, DataCategory.CHILDREN_DATA));
        assertThat(mask).isEqualTo(1L | (1L << 31));
        CategoryBits loaded = file.read(CategoryBits::load);
        assertThat(loaded.categories(mask)).containsExactlyInAnyOrder(DataCategory.NAME,
                DataCategory.CHILDREN_DATA);
    }

    @Test
    void importRecordsRoundTripThroughStartFinishAndRollback() {
        file.write(tx -> {
            ImportLog.finish(tx.connection(), 1, "f00d", new ImportRecord.Counts(10, 7, 2, 1, 3), "c-import-1-rejects.csv");
            ImportLog.start(tx.connection(), record(2));
            ImportLog.markRolledBack(tx.connection(), 2, "lead", Instant.parse("2026-03-03T09:00:00Z"));
            return null;
        });
        List<ImportRecord> all = file.read(ImportLog::all);
        assertThat(all).hasSize(2);
        assertThat(all.get(0).counts()).isEqualTo(new ImportRecord.Counts(10, 7, 2, 1, 3));
        assertThat(all.get(0).sha256()).isEqualTo("f00d");
        assertThat(all.get(0).rejectsFile()).contains("c-import-1-rejects.csv");
        assertThat(all.get(1).status()).isEqualTo(ImportRecord.Status.ROLLED_BACK);
        assertThat(all.get(1).rolledBackBy()).contains("lead");
        assertThat(all.get(1).rolledBackAt()).contains(Instant.parse("2026-03-03T09:00:00Z"));
        Optional<ImportRecord> first = file.read(c -> ImportLog.find(c, 1));
        assertThat(first).contains(all.get(0));
        long next = file.read(ImportLog::nextId);
        assertThat(next).isEqualTo(3);
    }

    @Test
    void mergeEventsRoundTrip() {
        MergeEvent merged = new MergeEvent(1, 5, 3, "email", true, null);
        MergeEvent refused = new MergeEvent(1, 6, 3, "external_id", false, "different dates of birth");
        file.write(tx -> {
            try (ImportLog.MergeWriter w = ImportLog.mergeWriter(tx.connection())) {
                w.add(merged);
                w.add(refused);
            }
            return null;
        });
        List<MergeEvent> read = new ArrayList<>();
        file.read(c -> {
            ImportLog.merges(c, 1, read::add);
            return null;
        });
        assertThat(read).containsExactly(merged, refused);
    }

    @Test
    void undoImagesPutAPersonBackExceptHandEditedFields() {
        Person original = person(1, "o@x.ua", null, Set.of(DataCategory.EMAIL), null);
        insert(original);
        file.write(tx -> {
            UndoImages.keep(tx.connection(), 1, 1);
            CategoryBits bits = CategoryBits.load(tx.connection());
            PersonStore.update(tx.connection(), person(1, "changed@x.ua", "PL", Set.of(DataCategory.SSN), null), bits);
            UndoImages.keep(tx.connection(), 1, 1); // a second image for the same import is ignored
            for (var e : UndoImages.of(tx.connection(), 1).entrySet()) {
                PersonStore.restore(tx.connection(), e.getValue(), Set.of("jurisdiction", "resolution_method",
                        "resolution_confidence"));
            }
            UndoImages.drop(tx.connection(), 1);
            return null;
        });
        Person restored = find(1).orElseThrow();
        assertThat(restored.email()).isEqualTo("o@x.ua");
        assertThat(restored.categories()).containsExactly(DataCategory.EMAIL);
        assertThat(restored.resolution().jurisdiction()).isEqualTo("PL");
        java.util.Map<Long, java.util.Map<String, Object>> left = file.read(c -> UndoImages.of(c, 1));
        assertThat(left).isEmpty();
    }

    @Test
    void editedFieldsAreRememberedPerPerson() {
        insert(person(1, "o@x.ua", null, Set.of(), null));
        file.write(tx -> new RosterEdits(new com.breachdesk.jurisdiction.JurisdictionResolver())
                .edit(tx, 1, PersonField.JURISDICTION, "UA"));
        Set<PersonField> edited = file.read(c -> RosterEdits.editedFieldsOf(c, 1));
        assertThat(edited).containsExactly(PersonField.JURISDICTION);
    }

    @Test
    void anAreaTakesTheCountryAndItsSubdivisions() {
        LocalDate asOf = LocalDate.of(2026, 3, 2);
        insert(person(1, "a@x.com", "US-CA", Set.of(), null), person(2, "b@x.com", "US", Set.of(), null),
                person(3, "c@x.com", "UA", Set.of(), null), person(4, "d@x.com", "USA-X", Set.of(), null));
        assertThat(pageIds(RosterFilter.ALL.withArea("US"), asOf, 0)).containsExactly(1L, 2L);
        assertThat(count(RosterFilter.ALL.withArea("US-CA"), asOf)).isEqualTo(1);
    }

    @Test
    void groupsCountPeoplePerJurisdictionAndLanguage() {
        LocalDate asOf = LocalDate.of(2026, 3, 2);
        insert(person(1, "a@x.com", "UA", Set.of(), null), person(2, "b@x.com", "UA", Set.of(), null),
                person(3, "c@x.com", null, Set.of(), null));
        List<PeopleGroup> groups = file.read(c -> PersonStore.groups(c, RosterFilter.ALL, asOf, CategoryBits.load(c)));
        assertThat(groups).containsExactly(new PeopleGroup("UA", "uk", 2), new PeopleGroup(null, "uk", 1));
    }

    @Test
    void notificationMarksMoveOnlyPeopleInTheGivenStatus() {
        LocalDate asOf = LocalDate.of(2026, 3, 2);
        insert(person(1, "a@x.com", "UA", Set.of(), null), person(2, "b@x.com", "UA", Set.of(), null));
        long moved = file.write(tx -> NotificationMarks.advance(tx, List.of(1L, 2L, 3L), Set.of(NotificationStatus.PENDING),
                NotificationStatus.LETTER_GENERATED));
        assertThat(moved).isEqualTo(2);
        long again = file.write(tx -> NotificationMarks.advance(tx, List.of(1L), Set.of(NotificationStatus.PENDING),
                NotificationStatus.SENT));
        assertThat(again).isZero();
        assertThat(count(RosterFilter.ALL.withNotification(NotificationStatus.LETTER_GENERATED), asOf)).isEqualTo(2);
    }
}
