package com.breachdesk.cli;

import com.breachdesk.preferences.PreferencesStore;
import com.breachdesk.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** report, export, import-json and roster export from the command line. */
class ReportAndHandoverCliTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");

    record Result(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BreachdeskCli.run(args, clock, new PreferencesStore(dir.resolve("prefs")), new PrintWriter(out),
                new PrintWriter(err));
        return new Result(exit, out.toString(), err.toString());
    }

    private String demo() {
        String file = dir.resolve("demo.breachcase").toString();
        assertThat(run("new", file, "--demo").exit()).isZero();
        return file;
    }

    @Test
    void reportWritesAOnePageStatusAsOfTheGivenMoment() throws Exception {
        String file = demo();
        Path pdf = dir.resolve("status.pdf");
        Result r = run("report", file, "--out", pdf.toString(), "--variant", "status", "--as-of", "2026-03-02T12:00+02:00");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("pages").asInt()).isEqualTo(1);
        assertThat(r.json().get("as_of").asText()).isEqualTo("2026-03-02T10:00:00Z");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Incident status").contains("As of 2026-03-02 12:00 EET");
        }
    }

    @Test
    void privilegedTimelineEntryStaysOutOfTheReportUnlessIncluded() throws Exception {
        String file = demo();
        assertThat(run("timeline", "add", file, "--at", "2026-03-02T09:00Z", "--kind", "decision", "--text",
                "Counsel's view on notifying the board", "--privileged").exit()).isZero();
        Path without = dir.resolve("without.pdf");
        Path with = dir.resolve("with.pdf");
        assertThat(run("report", file, "--out", without.toString()).exit()).isZero();
        assertThat(run("report", file, "--out", with.toString(), "--include-privileged").exit()).isZero();

        assertThat(text(without).replaceAll("\\s+", " ")).doesNotContain("notifying the board")
                .contains("1 timeline entry under legal privilege is not included");
        assertThat(text(with).replaceAll("\\s+", " ")).contains("Counsel's view on notifying the board");
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void unknownVariantIsBadInput() {
        String file = demo();
        Result r = run("report", file, "--out", dir.resolve("x.pdf").toString(), "--variant", "poster");
        assertThat(r.exit()).isEqualTo(BreachdeskCli.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("poster").contains("full, status");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void exportThenImportJsonRecreatesTheCase() throws Exception {
        String file = demo();
        Path json = dir.resolve("case.json");
        Result exported = run("export", file, "--out", json.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(exported.json().at("/excluded/roster_people").asLong()).isZero();

        Path copy = dir.resolve("copy.breachcase");
        Result imported = run("import-json", json.toString(), "--out", copy.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.json().get("imported_from").asText()).isNotEqualTo(imported.json().get("case_id").asText());
        assertThat(run("audit", "verify", copy.toString()).exit()).isZero();
        assertThat(run("info", copy.toString()).out()).contains("Billing and CRM database compromise");

        Result again = run("import-json", json.toString(), "--out", copy.toString());
        assertThat(again.exit()).isEqualTo(BreachdeskCli.EXIT_BAD_INPUT);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void exportSaysHowManyPrivilegedReviewCommentsItLeftOut() throws Exception {
        String file = demo();
        assertThat(run("review", "create", file, "us-ca-individual").exit()).isZero();
        assertThat(run("review", "comment", "add", file, "us-ca-individual", "--paragraph", "2", "--text",
                "Counsel: soften this sentence", "--privileged").exit()).isZero();
        Path json = dir.resolve("case.json");
        Result exported = run("export", file, "--out", json.toString());

        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(exported.json().at("/excluded/privileged_review_comments").asLong()).isEqualTo(1);
        assertThat(Files.readString(json)).doesNotContain("soften this sentence");
    }

    @Test
    void rosterExportWritesTheHeaderAndEveryPerson() throws Exception {
        String file = demo();
        Path csv = dir.resolve("crm.csv");
        Files.writeString(csv, "Email,Name,Country\nann@x.example,-Ann,PL\n");
        assertThat(run("import", file, csv.toString()).exit()).isZero();
        Path out = dir.resolve("people.csv");
        Result r = run("roster", "export", file, "--out", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("people").asLong()).isEqualTo(1);
        assertThat(Files.readString(out)).contains("person_id,").contains("'-Ann").contains("pending");
    }
}
