package com.breachdesk.cli;

import com.breachdesk.letters.LetterFixtures;
import com.breachdesk.preferences.PreferencesStore;
import com.breachdesk.roster.NotificationStatus;
import com.breachdesk.roster.Person;
import com.breachdesk.roster.RosterFilter;
import com.breachdesk.rosterimport.CsvFormat;
import com.breachdesk.rosterimport.ImportListener;
import com.breachdesk.rosterimport.MappingSuggester;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Letters to the people of an imported roster, chosen by the rules engine's evaluation of the case. */
class RosterLettersCliTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-05T09:00:00Z");
    private Path caseFile;

    private JsonNode run(int expectedExit, String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BreachdeskCli.run(args, clock, new PreferencesStore(dir.resolve("prefs")),
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(expectedExit, exit, err.toString());
        return expectedExit == 0 ? new ObjectMapper().readTree(out.toString()) : null;
    }

    @BeforeEach
    void caseWithRoster() throws Exception {
        caseFile = dir.resolve("case.breachcase");
        try (CaseSession s = CaseSession.create(caseFile, "Test", LetterFixtures.organization(), "Tester", clock)) {
            s.incident().setAll(LetterFixtures.incidentWithSsn().values());
            s.letters().noticeFacts().set(LetterFixtures.noticeFacts());
            Path csv = dir.resolve("crm.csv");
            Files.writeString(csv, """
                    Customer ID,Full Name,Street,City,State,ZIP,Country,Language,Categories
                    1,Jo Smith,1 Main St,San Jose,CA,95113,US,en,name;ssn
                    2,Al Jones,2 Elm St,Austin,TX,78701,US,en,name;ssn
                    3,Anna Nowak,ul. Długa 1,Warszawa,,00-001,Poland,en,name;phone
                    4,Олена Коваль,вул. Хрещатик 1,Київ,,01001,Україна,uk-UA,name;phone
                    5,Bo Chen,3 Oak St,Los Angeles,CA,90001,US,English,name;ssn
                    """, StandardCharsets.UTF_8);
            s.rosterImporter().importFile(csv, new CsvFormat(StandardCharsets.UTF_8, 0, ','),
                    MappingSuggester.suggest(List.of("Customer ID", "Full Name", "Street", "City", "State", "ZIP",
                            "Country", "Language", "Categories")), ImportListener.NONE);
        }
    }

    private Map<String, NotificationStatus> statuses() throws Exception {
        try (CaseSession s = CaseSession.open(caseFile, "Tester", clock)) {
            Map<String, NotificationStatus> out = new java.util.TreeMap<>();
            for (Person p : s.roster().page(RosterFilter.ALL, 0, 100)) {
                out.put(p.fullName(), p.notificationStatus());
            }
            return out;
        }
    }

    @Test
    void lettersGoToTheRosterPeopleWhomTheEvaluationRequiresANoticeFor() throws Exception {
        JsonNode json = run(0, "letters", caseFile.toString(), "--template", "auto", "--out",
                dir.resolve("batch").toString(), "--quiet");
        assertEquals(4, json.get("count").asInt());
        assertThat(json.get("templates").toString()).contains("us-ca-individual v1", "us-generic-individual v1",
                "eprivacy-subscriber v1");
        assertThat(json.get("left_out").toString()).contains("UA", "ua-2297-individuals");
        List<String> rows = Files.readAllLines(dir.resolve("batch/manifest.csv"));
        assertThat(rows.get(1)).contains("Jo Smith", "1 Main St", "\"San Jose, CA 95113\"", "US");
    }

    /** Legal review approves the shipped templates as they are, so final batches may use them. */
    private void approve(String... templates) throws Exception {
        for (String template : templates) {
            run(0, "review", "create", caseFile.toString(), template);
            run(0, "review", "submit", caseFile.toString(), template);
            run(0, "review", "approve", caseFile.toString(), template, "--name", "Iryna Melnyk", "--role", "counsel");
        }
    }

    @Test
    void aDraftBatchLeavesEveryonePending() throws Exception {
        run(0, "letters", caseFile.toString(), "--template", "auto", "--jurisdiction", "US", "--out",
                dir.resolve("draft").toString(), "--quiet");
        assertThat(statuses().values()).containsOnly(NotificationStatus.PENDING);
    }

    @Test
    void aCompletedFinalBatchMarksItsPeopleLetterGeneratedWithOneAuditEntry() throws Exception {
        approve("us-ca-individual", "us-generic-individual");
        run(0, "letters", caseFile.toString(), "--template", "auto", "--jurisdiction", "US", "--final", "--out",
                dir.resolve("batch").toString(), "--quiet");
        assertThat(statuses()).containsEntry("Jo Smith", NotificationStatus.LETTER_GENERATED)
                .containsEntry("Al Jones", NotificationStatus.LETTER_GENERATED)
                .containsEntry("Anna Nowak", NotificationStatus.PENDING);
        try (CaseSession s = CaseSession.open(caseFile, "Tester", clock)) {
            assertThat(s.allAudit()).filteredOn(e -> e.change().newValue() != null
                    && e.change().newValue().contains("letter_generated")).singleElement()
                    .satisfies(e -> assertThat(e.change().newValue()).startsWith("complete: 3 letters")
                            .contains("3 people pending \u2192 letter_generated"));
            assertThat(s.verifyAudit().intact()).isTrue();
        }
    }

    @Test
    void theStatusFilterTakesOnlyPeopleStillPending() throws Exception {
        approve("us-ca-individual");
        run(0, "letters", caseFile.toString(), "--template", "auto", "--jurisdiction", "US-CA", "--final", "--out",
                dir.resolve("first").toString(), "--quiet");
        JsonNode second = run(0, "letters", caseFile.toString(), "--template", "auto", "--status", "pending", "--out",
                dir.resolve("second").toString(), "--quiet");
        assertEquals(2, second.get("count").asInt());
        assertThat(Files.readString(dir.resolve("second/manifest.csv"))).contains("Al Jones", "Anna Nowak")
                .doesNotContain("Jo Smith");
    }

    @Test
    void dryRunShowsEachGroupsTemplateAndWhyWithoutWritingAnything() throws Exception {
        JsonNode groups = run(0, "letters", caseFile.toString(), "--template", "auto", "--dry-run", "--out",
                dir.resolve("batch").toString());
        List<String> lines = new ArrayList<>();
        groups.forEach(g -> lines.add(g.get("jurisdiction").asText() + "/" + g.get("language").asText() + " "
                + g.get("people").asInt() + " " + g.get("gets").asText()));
        assertThat(lines).containsExactlyInAnyOrder("US-CA/en 2 us-ca-individual v1", "US-TX/en 1 us-generic-individual v1",
                "PL/en 1 eprivacy-subscriber v1", "UA/uk 1 left out");
        assertThat(groups.get(0).get("why").asText()).contains("required by");
        assertThat(dir.resolve("batch")).doesNotExist();
    }

    @Test
    void theStatusFilterNeedsTheRosterNotAMailingFile() throws Exception {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "person_id,name,address_line_1,jurisdiction,language,categories\nC1,Ann,1 St,PL,en,name\n");
        run(2, "letters", caseFile.toString(), "--template", "auto", "--recipients", csv.toString(), "--status",
                "pending", "--out", dir.resolve("batch").toString());
    }

    @Test
    void aRosterLetterPrintsThePersonsAddressForTheWindow() throws Exception {
        run(0, "letters", caseFile.toString(), "--template", "auto", "--jurisdiction", "PL", "--out",
                dir.resolve("batch").toString(), "--quiet");
        Path letter;
        try (var files = Files.walk(dir.resolve("batch/letters"))) {
            letter = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        try (PDDocument doc = Loader.loadPDF(letter.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Anna Nowak", "ul. Długa 1", "00-001 Warszawa", "Poland");
        }
    }
}
