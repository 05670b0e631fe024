package com.breachdesk.rosterimport;

import com.breachdesk.incident.IncidentField;
import com.breachdesk.roster.BulkFix;
import com.breachdesk.roster.ImportRecord;
import com.breachdesk.roster.MergeEvent;
import com.breachdesk.roster.Person;
import com.breachdesk.roster.PersonField;
import com.breachdesk.roster.RosterFilter;
import com.breachdesk.roster.ScopeSummary;
import com.breachdesk.population.AffectedPopulation;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestCases;
import com.breachdesk.support.TestClock;
import com.breachdesk.vocabulary.DataCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DedupeAndRollbackTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");
    private CaseSession session;
    private int files;

    @BeforeEach
    void open() throws Exception {
        session = TestCases.create(dir, clock);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private ImportResult importCsv(String csv) throws Exception {
        return importCsv(csv, ColumnMapping.DEFAULT_NAMESPACE);
    }

    private ImportResult importCsv(String csv, String namespace) throws Exception {
        Path file = dir.resolve("roster-" + (++files) + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        List<String> header = List.of(csv.substring(0, csv.indexOf('\n')).split(","));
        ColumnMapping mapping = MappingSuggester.suggest(header).withIdNamespace(namespace);
        return session.rosterImporter().importFile(file, new CsvFormat(StandardCharsets.UTF_8, 0, ','), mapping,
                ImportListener.NONE);
    }

    private List<Person> everyone() {
        return session.roster().page(RosterFilter.ALL, 0, 10_000);
    }

    @Test
    void mergesTheSamePersonAcrossImportsByExternalId() throws Exception {
        importCsv("Customer ID,Email,Country\n42,old@example.com,PL\n");
        ImportResult second = importCsv("Customer ID,Phone,Country\n42,+48 600 100 200,PL\n");
        assertThat(second.record().counts().merged()).isEqualTo(1);
        assertThat(everyone()).singleElement().satisfies(p -> {
            assertThat(p.email()).isEqualTo("old@example.com");
            assertThat(p.phoneE164()).isEqualTo("+48600100200");
        });
    }

    @Test
    void mergesByEmailIgnoringCaseAndSurroundingSpaces() throws Exception {
        importCsv("Email,Country\nAnn.Lee@Example.com,PL\n");
        importCsv("Email,Country\n  ann.lee@example.COM ,PL\n");
        assertThat(everyone()).hasSize(1);
    }

    @Test
    void mergesByPhoneWrittenDifferently() throws Exception {
        importCsv("Phone,Country\n+1 (415) 555-0100,US\n");
        importCsv("Phone,Country\n001 415 555 0100,US\n");
        importCsv("Phone,Country\n(415) 555-0100,US\n");
        assertThat(everyone()).singleElement().extracting(Person::phoneE164).isEqualTo("+14155550100");
    }

    @Test
    void neverMergesTwoPeopleOnNameAlone() throws Exception {
        importCsv("Name,Email,Country\nJohn Smith,john1@example.com,US\n");
        importCsv("Name,Email,Country\nJohn Smith,john2@example.com,US\n");
        assertThat(everyone()).hasSize(2);
    }

    @Test
    void doesNotMergeWhenExternalIdsDifferEvenIfTheEmailMatches() throws Exception {
        importCsv("Customer ID,Email,Country\n1,family@example.com,PL\n");
        ImportResult second = importCsv("Customer ID,Email,Country\n2,family@example.com,PL\n");
        assertThat(everyone()).hasSize(2);
        assertThat(second.notMergedConflicts()).isEqualTo(1);
        assertThat(session.roster().merges(second.record().id())).singleElement()
                .satisfies(m -> assertThat(m.merged()).isFalse())
                .satisfies(m -> assertThat(m.detail()).contains("different external ids"));
    }

    @Test
    void externalIdsOfDifferentNamespacesNeverMatch() throws Exception {
        importCsv("Customer ID,Country\n7,PL\n", "crm");
        importCsv("Customer ID,Country\n7,PL\n", "billing");
        assertThat(everyone()).hasSize(2);
    }

    @Test
    void keepsTheUnionOfCategoriesAndTheBetterAddress() throws Exception {
        importCsv("Email,Country\nann@example.com,US\n");
        ImportResult second = importCsv("Email,Card number,Address,City,State,Zip,Country\n"
                + "ann@example.com,4111,1 Main St,Austin,TX,78701,US\n");
        Person ann = everyone().get(0);
        assertThat(ann.categories()).contains(DataCategory.EMAIL, DataCategory.PAYMENT_CARD, DataCategory.POSTAL_ADDRESS);
        assertThat(ann.resolution().jurisdiction()).isEqualTo("US-TX");
        assertThat(ann.address().city()).isEqualTo("Austin");
        assertThat(session.roster().merges(second.record().id())).containsExactly(
                new MergeEvent(second.record().id(), 2, ann.id(), "email", true, null));
    }

    @Test
    void mergesDuplicatesWithinOneFile() throws Exception {
        ImportResult r = importCsv("Email,Country\na@example.com,PL\nA@example.com,PL\nb@example.com,PL\n");
        assertThat(r.record().counts()).isEqualTo(new ImportRecord.Counts(3, 2, 1, 0, 0));
    }

    @Test
    void rollingBackAnImportRestoresThePeopleItMergedInto() throws Exception {
        importCsv("Email,Country\nann@example.com,US\n");
        Person before = everyone().get(0);
        ImportResult second = importCsv("Email,State,Country\nann@example.com,TX,US\nnew@example.com,CA,US\n");

        ImportRecord rolledBack = session.roster().rollback(second.record().id());

        assertThat(rolledBack.status()).isEqualTo(ImportRecord.Status.ROLLED_BACK);
        assertThat(rolledBack.rolledBackBy()).contains("tester");
        assertThat(everyone()).containsExactly(before);
        assertThat(session.verifyAudit().intact()).isTrue();
    }

    @Test
    void anImportALaterImportBuiltOnCannotBeRolledBackFirst() throws Exception {
        ImportResult first = importCsv("Email,Country\nann@example.com,US\n");
        importCsv("Email,State,Country\nann@example.com,TX,US\n");
        assertThatThrownBy(() -> session.roster().rollback(first.record().id()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Roll back [2] first");
        assertThat(everyone()).hasSize(1);
    }

    @Test
    void aHandEditIsAuditedAndSurvivesALaterMerge() throws Exception {
        importCsv("Email,Country\nann@example.com,Kyiv\n");
        Person ann = everyone().get(0);
        session.roster().edit(ann.id(), PersonField.JURISDICTION, "UA");
        importCsv("Email,State,Country\nann@example.com,TX,US\n");
        assertThat(everyone().get(0).resolution().jurisdiction()).isEqualTo("UA");
        assertThat(session.allAudit()).anySatisfy(e -> {
            assertThat(e.change().entity()).isEqualTo("person");
            assertThat(e.change().field()).isEqualTo("jurisdiction");
            assertThat(e.change().newValue()).isEqualTo("UA");
        });
        assertThat(session.verifyAudit().intact()).isTrue();
    }

    @Test
    void editingTheCountryReResolvesTheJurisdiction() throws Exception {
        importCsv("Email,Country\nann@example.com,Kyiv\n");
        Person ann = session.roster().edit(everyone().get(0).id(), PersonField.COUNTRY, "Україна");
        assertThat(ann.resolution().jurisdiction()).isEqualTo("UA");
        assertThat(session.verifyAudit().intact()).isTrue();
    }

    @Test
    void aBulkFixResolvesEveryMatchingUnresolvedRow() throws Exception {
        importCsv("Email,Country\na@example.com,Kyiv\nb@example.com, kyiv \nc@example.com,Lviv\n");
        assertThat(session.roster().unresolvedValues(PersonField.COUNTRY, 10)).containsEntry("Kyiv", 1L);

        int changed = session.roster().apply(new BulkFix(PersonField.COUNTRY, "Kyiv", "UA", false));

        assertThat(changed).isEqualTo(2);
        assertThat(session.roster().summary().unresolved()).isEqualTo(1);
        assertThat(session.verifyAudit().intact()).isTrue();
    }

    @Test
    void aRollbackThatDeletesAnEditedPersonKeepsTheTrailIntact() throws Exception {
        ImportResult r = importCsv("Email,Country\na@example.com,Kyiv\n");
        session.roster().apply(new BulkFix(PersonField.COUNTRY, "Kyiv", "UA", false));
        session.roster().rollback(r.record().id());
        assertThat(everyone()).isEmpty();
        assertThat(session.verifyAudit().intact()).isTrue();
    }

    @Test
    void countsMinorsUnder16And18AsOfTheIncidentDate() throws Exception {
        session.incident().set(IncidentField.OCCURRED_FROM, "2026-02-01T00:00:00Z Europe/Kyiv");
        importCsv("Email,Date of birth,Country\n"
                + "a@example.com,2010-02-02,UA\n"   // 15 on 2026-02-01
                + "b@example.com,01.02.2010,UA\n"   // 16 that day
                + "c@example.com,2008-02-02,UA\n"   // 17
                + "d@example.com,1990-04-25,UA\n"
                + "e@example.com,04/05/2012,UA\n"); // ambiguous: not read, not guessed
        ScopeSummary s = session.roster().summary();
        assertThat(s.minorsAsOf()).hasToString("2026-02-01");
        assertThat(s.minorsUnder16()).isEqualTo(1);
        assertThat(s.minorsUnder18()).isEqualTo(3);
        assertThat(session.roster().count(RosterFilter.ALL.withMinor(RosterFilter.MinorAge.UNDER_16))).isEqualTo(1);
    }

    @Test
    void countsMinorsInEveryJurisdictionAndCategoryGroupIncludingTheUnresolved() throws Exception {
        session.incident().set(IncidentField.OCCURRED_FROM, "2026-02-01T00:00:00Z Europe/Kyiv");
        importCsv("Email,SSN,Date of birth,Country\n"
                + "a@example.com,,2012-01-01,UA\n"      // 14
                + "b@example.com,123,2009-06-01,UA\n"   // 16: another category set
                + "c@example.com,,2015-03-03,Poland\n"  // 10
                + "d@example.com,,2013-07-07,Kyiv\n"    // 12, unresolved
                + "e@example.com,9,1980-01-01,Kyiv\n"
                + "f@example.com,,1970-01-01,Poland\n");
        ScopeSummary s = session.roster().summary();
        assertThat(s.minorsUnder16()).isEqualTo(3);
        assertThat(s.minorsUnder18()).isEqualTo(4);
    }

    @Test
    void theSummaryCountsPeoplePerJurisdictionAndCategoryForTheRulesEngine() throws Exception {
        importCsv("Email,SSN,State,Country\n"
                + "a@example.com,123,CA,US\nb@example.com,,CA,US\nc@example.com,,,Kyiv\nd@example.com,,,Poland\n");
        ScopeSummary s = session.roster().summary();
        assertThat(s.people()).isEqualTo(4);
        assertThat(s.unresolved()).isEqualTo(1);
        assertThat(s.jurisdictions().get(0).jurisdiction()).isEqualTo("US-CA");
        assertThat(s.jurisdictions().get(0).categories()).isEqualTo(Map.of(DataCategory.EMAIL, 2L, DataCategory.SSN, 1L));

        AffectedPopulation population = s.population();
        assertThat(population.source()).isEqualTo(AffectedPopulation.Source.ROSTER);
        assertThat(population.people("US")).isEqualTo(2);
        assertThat(population.people("PL")).isEqualTo(1);
        assertThat(population.unresolved()).isEqualTo(1);
        assertThat(population.total()).isEqualTo(4);
        assertThat(population.categoriesPerJurisdiction().get("US-CA")).containsEntry(DataCategory.SSN, 1L);
    }
}
