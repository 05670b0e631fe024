package com.breachdesk.cli;

import com.breachdesk.letters.LetterFixtures;
import com.breachdesk.preferences.PreferencesStore;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LettersCliTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-05T09:00:00Z");
    private Path caseFile;

    record Result(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BreachdeskCli.run(args, clock, new PreferencesStore(dir.resolve("prefs")),
                new PrintWriter(out), new PrintWriter(err));
        return new Result(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void createCase() throws Exception {
        caseFile = dir.resolve("case.breachcase");
        try (CaseSession s = CaseSession.create(caseFile, "Test", LetterFixtures.organization(), "Tester", clock)) {
            s.incident().setAll(LetterFixtures.incidentWithSsn().values());
        }
    }

    private Path recipients(String... rows) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("person_id,name,address_line_1,address_line_2,jurisdiction,language,categories");
        lines.addAll(List.of(rows));
        Path f = dir.resolve("people.csv");
        Files.write(f, lines);
        return f;
    }

    private void setFacts() {
        List<String> args = new ArrayList<>(List.of("notice-facts", caseFile.toString()));
        LetterFixtures.noticeFacts().forEach((k, v) -> {
            args.add("--set");
            args.add(k + "=" + v);
        });
        assertEquals(0, run(args.toArray(String[]::new)).exit());
    }

    @Test
    void noticeFactsAreStoredAndAudited() throws Exception {
        Result r = run("notice-facts", caseFile.toString(), "--set", "advice=Change your password",
                "--set", "advice@uk=Змініть пароль");
        assertEquals(0, r.exit(), r.err());
        assertEquals("Змініть пароль", r.json().get("advice@uk").asText());
        assertEquals("Change your password", run("notice-facts", caseFile.toString()).json().get("advice").asText());
        assertThat(run("audit", "verify", caseFile.toString()).exit()).isZero();
    }

    @Test
    void unknownNoticeFactIsBadInput() {
        Result r = run("notice-facts", caseFile.toString(), "--set", "advise=typo");
        assertEquals(2, r.exit());
        assertThat(r.err()).contains("'advise' is not a notice fact");
    }

    @Test
    void lettersPrintsASummaryWithCountPagesAndRate() throws Exception {
        setFacts();
        Path people = recipients("C1,Anna Nowak,ul. Długa 1,00-001 Warszawa,PL,en,name;email",
                "C2,Олена Коваль,вул. Хрещатик 1,01001 Київ,UA,uk,name;phone",
                "C3,Jo Smith,1 Main St,\"San Jose, CA 95113\",US-CA,en,name;ssn");
        Result r = run("letters", caseFile.toString(), "--template", "auto", "--recipients", people.toString(),
                "--out", dir.resolve("batch").toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = r.json();
        assertEquals(2, json.get("count").asInt());
        assertThat(json.get("pages").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(json.get("letters_per_second").asDouble()).isPositive();
        assertThat(json.has("seconds")).isTrue();
        assertThat(Path.of(json.get("manifest").asText())).exists();
        assertThat(json.get("templates").toString()).contains("us-ca-individual v1", "eprivacy-subscriber v1");
        assertThat(json.get("left_out").get(0).get("jurisdiction").asText()).isEqualTo("UA");
        assertThat(json.get("left_out").get(0).get("why").asText()).contains("ua-2297-individuals");
    }

    @Test
    void lettersRefusesABadMailingFileWithItsLineNumberAndWritesNothing() throws Exception {
        Path people = recipients("C1,Anna,1 Main St,Town,YY,en,name", "C2,Bob,2 Main St,Town,XX,en,name",
                "C3,Cy,3 Main St,Town,PL,en,name");
        Result r = run("letters", caseFile.toString(), "--template", "auto", "--recipients", people.toString(),
                "--out", dir.resolve("batch").toString());
        assertEquals(2, r.exit());
        assertThat(r.err()).contains("2 bad rows").contains("line 2: jurisdiction 'YY'").contains("line 3: jurisdiction 'XX'");
        assertThat(dir.resolve("batch")).doesNotExist();
    }

    @Test
    void lettersNamesTheTemplateLineAndFieldOfAMissingValue() throws Exception {
        Path people = recipients("C1,Anna Nowak,ul. Długa 1,00-001 Warszawa,PL,en,name;email");
        Result r = run("letters", caseFile.toString(), "--template", "gdpr-art34-individual", "--recipients",
                people.toString(), "--out", dir.resolve("batch").toString());
        assertEquals(2, r.exit());
        assertThat(r.err()).contains("C1").contains("Template gdpr-art34-individual, line ")
                .contains("{{notice.likely_consequences}}").contains("notice-facts");
        assertThat(dir.resolve("batch")).doesNotExist();
    }

    @Test
    void renderWritesOneLetterFromAJsonFile() throws Exception {
        Path data = dir.resolve("data.json");
        Files.writeString(data, """
                {"organization": {"name": "Acme Ltd", "address_lines": ["1 Road", "London"], "contact_email": "p@acme.example"},
                 "incident": {"description": "A laptop was stolen.", "discovered_date": "1 March 2026",
                              "measures_taken": "We wiped it remotely."},
                 "person": {"name": "**Bob** {{x}} <b>", "address_lines": ["2 Street", "Leeds"],
                            "data_categories": "name, email address"},
                 "letter": {"date": "5 March 2026", "reference": "R-1"},
                 "notice": {"contact_phone": "0800 000 000"}}
                """);
        Result r = run("render", "us-generic-individual", "--data", data.toString(), "--out",
                dir.resolve("one.pdf").toString(), "--date", "2026-03-05");
        assertEquals(0, r.exit(), r.err());
        try (PDDocument doc = Loader.loadPDF(dir.resolve("one.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Dear **Bob** {{x}} <b>,");
        }
    }

    @Test
    void regulatorNoticeIsWrittenForTheChosenAuthorityAndRecordedInTheCase() throws Exception {
        setFacts();
        Path people = recipients("C1,Anna Nowak,ul. Długa 1,00-001 Warszawa,PL,en,name;email");
        Result r = run("regulator-notice", caseFile.toString(), "--obligation", "eu-eprivacy-611-initial",
                "--authority", "PL", "--recipients", people.toString(), "--out", dir.resolve("pl.pdf").toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode json = r.json();
        assertEquals("eprivacy-611-initial v1", json.get("template").asText());
        assertEquals("required", json.get("status").asText());
        assertThat(json.get("due").asText()).isEqualTo("2026-03-02T04:00:00Z");
        try (PDDocument doc = Loader.loadPDF(dir.resolve("pl.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("/eu-eprivacy-611-initial", "Date and time of detection");
        }
        try (CaseSession s = CaseSession.open(caseFile, "Tester", clock)) {
            assertThat(s.letters().store().batches()).singleElement()
                    .satisfies(b -> assertEquals("complete", b.status()));
        }
    }

    @Test
    void regulatorNoticeRefusesAnObligationTheEvaluationFindsNotRequired() throws Exception {
        setFacts();
        Path people = recipients("C1,Anna Nowak,ul. Długa 1,00-001 Warszawa,PL,en,name;email");
        Result r = run("regulator-notice", caseFile.toString(), "--obligation", "eu-gdpr-art33-sa-each-state",
                "--authority", "PL", "--recipients", people.toString(), "--out", dir.resolve("pl.pdf").toString());
        assertEquals(2, r.exit());
        assertThat(r.err()).contains("is not required").contains("--voluntary");
        assertThat(dir.resolve("pl.pdf")).doesNotExist();
    }

    @Test
    void templatesListsTheShippedSet() throws Exception {
        Result r = run("templates");
        assertEquals(0, r.exit(), r.err());
        assertEquals(14, r.json().size());
    }
}
