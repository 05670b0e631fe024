package com.breachdesk.cli;

import com.breachdesk.demo.DemoCase;
import com.breachdesk.letters.LetterFixtures;
import com.breachdesk.preferences.PreferencesStore;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The CLI contract of legal review: review list/create/show/paragraphs/edit/diff/comment/submit/approve/mark-sent. */
class ReviewCliTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-05T09:00:00Z");
    private static final String CA = "us-ca-individual";

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

    private Result ok(String... args) {
        Result r = run(args);
        assertEquals(0, r.exit(), String.join(" ", args) + ": " + r.err());
        return r;
    }

    private String newCase() throws Exception {
        Path file = dir.resolve("case.breachcase");
        try (CaseSession s = CaseSession.create(file, "Test", LetterFixtures.organization(), "Tester", clock)) {
            s.incident().setAll(LetterFixtures.incident().values());
        }
        return file.toString();
    }

    @Test
    void aDraftGoesThroughReviewToApproval() throws Exception {
        String c = newCase();
        JsonNode created = ok("review", "create", c, CA).json();
        assertThat(created.get("state").asText()).isEqualTo("draft");
        assertThat(created.get("origin").asText()).isEqualTo("shipped");

        JsonNode paragraphs = ok("review", "paragraphs", c, CA).json();
        assertThat(paragraphs.get(0).get("text").asText()).startsWith("---");
        JsonNode comment = ok("review", "comment", "add", c, CA, "--paragraph", "2", "--text", "Shorter, please",
                "--privileged").json();
        assertThat(comment.get("privileged").asBoolean()).isTrue();
        ok("review", "submit", c, CA);

        Result refused = run("review", "approve", c, CA, "--name", "Iryna Melnyk", "--role", "counsel");
        assertEquals(2, refused.exit());
        assertThat(refused.err()).contains("cannot be approved: 1 comment is unresolved");

        ok("review", "comment", "resolve", c, comment.get("id").asText());
        JsonNode approval = ok("review", "approve", c, CA, "--name", "Iryna Melnyk", "--role", "counsel").json();
        assertThat(approval.get("role").asText()).isEqualTo("counsel");
        assertThat(approval.get("sha256").asText()).hasSize(64);

        JsonNode shown = ok("review", "show", c, CA).json();
        assertThat(shown.get("state").asText()).isEqualTo("approved");
        assertThat(shown.get("approved_version").asInt()).isEqualTo(1);
        assertThat(shown.get("history")).hasSize(3);
        assertThat(ok("review", "list", c).json()).hasSize(1);
        assertThat(ok("audit", "verify", c).exit()).isZero();
    }

    @Test
    void anIllegalStepIsBadInputWithTheReason() throws Exception {
        String c = newCase();
        ok("review", "create", c, CA);
        Result r = run("review", "request-changes", c, CA);
        assertEquals(2, r.exit());
        assertThat(r.err()).contains("us-ca-individual draft v1 is draft: it cannot be sent back for changes");
    }

    @Test
    void editMakesVersionTwoAndDiffShowsTheChangedWords() throws Exception {
        String c = newCase();
        ok("review", "create", c, CA);
        String text = ok("review", "show", c, CA, "--text").json().get("text").asText();
        Path edited = dir.resolve("edited.md");
        Files.writeString(edited, text.replace("This notice explains", "This letter explains"), StandardCharsets.UTF_8);
        JsonNode v2 = ok("review", "edit", c, CA, "--file", edited.toString(), "--note", "plainer").json();
        assertThat(v2.get("version").asInt()).isEqualTo(2);

        JsonNode diff = ok("review", "diff", c, CA, "--from", "1", "--to", "2", "--changes-only").json();
        assertThat(diff.get("changed_rows").asInt()).isEqualTo(1);
        assertThat(diff.get("rows").get(0).get("marked").asText()).contains("This [-notice-]{+letter+} explains");
    }

    @Test
    void aFinalLetterBatchNeedsAnApprovedDraftAndTheManifestSaysWhichOne() throws Exception {
        String c = newCase();
        List<String> facts = new ArrayList<>(List.of("notice-facts", c));
        LetterFixtures.noticeFacts().forEach((k, v) -> {
            facts.add("--set");
            facts.add(k + "=" + v);
        });
        ok(facts.toArray(String[]::new));
        Path people = dir.resolve("people.csv");
        Files.write(people, List.of("person_id,name,address_line_1,address_line_2,jurisdiction,language,categories",
                "C3,Jo Smith,1 Main St,\"San Jose, CA 95113\",US-CA,en,name;ssn"));
        String[] letters = {"letters", c, "--template", CA, "--recipients", people.toString(), "--out",
                dir.resolve("batch").toString(), "--final", "--quiet"};
        Result refused = run(letters);
        assertEquals(2, refused.exit());
        assertThat(refused.err()).contains("us-ca-individual needs legal approval");

        ok("review", "create", c, CA);
        ok("review", "submit", c, CA);
        String sha = ok("review", "approve", c, CA, "--name", "Iryna Melnyk", "--role", "counsel").json()
                .get("sha256").asText();
        ok(letters);
        String manifest = Files.readString(dir.resolve("batch").resolve("manifest.csv"));
        assertThat(manifest.lines().findFirst().orElseThrow()).endsWith("template_version,draft_version,draft_sha256");
        assertThat(manifest).contains(",1,\"" + sha + "\"");
    }

    @Test
    void aFinalRegulatorNoticePrintsTheApprovedWords() throws Exception {
        String c = newCase();
        List<String> facts = new ArrayList<>(List.of("notice-facts", c));
        LetterFixtures.noticeFacts().forEach((k, v) -> {
            facts.add("--set");
            facts.add(k + "=" + v);
        });
        ok(facts.toArray(String[]::new));
        Path people = dir.resolve("people.csv");
        Files.write(people, List.of("person_id,name,address_line_1,address_line_2,jurisdiction,language,categories",
                "C1,Anna Nowak,ul. Długa 1,00-001 Warszawa,PL,en,name;email"));
        String[] notice = {"regulator-notice", c, "--obligation", "eu-eprivacy-611-initial", "--authority", "PL", "--recipients",
                people.toString(), "--out", dir.resolve("pl.pdf").toString(), "--final"};
        assertThat(run(notice).err()).contains("eprivacy-611-initial needs legal approval");

        ok("review", "create", c, "eprivacy-611-initial");
        String text = ok("review", "show", c, "eprivacy-611-initial", "--text").json().get("text").asText();
        Path edited = dir.resolve("eprivacy.md");
        Files.writeString(edited, text.replaceFirst("\n\n", "\n\nCounsel-approved opening.\n\n"), StandardCharsets.UTF_8);
        ok("review", "edit", c, "eprivacy-611-initial", "--file", edited.toString());
        ok("review", "submit", c, "eprivacy-611-initial");
        ok("review", "approve", c, "eprivacy-611-initial", "--name", "Iryna Melnyk", "--role", "counsel");
        ok(notice);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(dir.resolve("pl.pdf").toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Counsel-approved opening.")
                    .doesNotContain("DRAFT");
        }
    }

    @Test
    void markSentForAnObligationAttachesTheReceiptAndExportsIt() throws Exception {
        Path demo = dir.resolve("demo.breachcase");
        DemoCase.create(demo, "tester", clock).close();
        Path receipt = dir.resolve("uodo-receipt.pdf");
        Files.writeString(receipt, "receipt UODO-2026-118");
        JsonNode sent = ok("review", "mark-sent", demo.toString(), "--obligation", "eu-eprivacy-611-initial",
                "--jurisdiction", "PL", "--channel", "portal", "--at", "2026-03-05T08:00:00+01:00", "--reference",
                "UODO-2026-118", "--evidence", receipt.toString()).json();
        assertThat(sent.get("channel").asText()).isEqualTo("portal");
        assertThat(sent.at("/evidence/name").asText()).isEqualTo("uodo-receipt.pdf");
        assertThat(sent.at("/evidence/size").asLong()).isEqualTo(Files.size(receipt));

        Path copy = dir.resolve("copy.pdf");
        ok("review", "evidence", demo.toString(), sent.at("/evidence/id").asText(), "--out", copy.toString());
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(receipt));
        assertThat(ok("review", "sent", demo.toString()).json()).hasSize(1);
        assertThat(ok("audit", "verify", demo.toString()).exit()).isZero();
    }

    @Test
    void markSentNeedsBatchOrObligation() throws Exception {
        String c = newCase();
        Result r = run("review", "mark-sent", c, "--channel", "post");
        assertEquals(2, r.exit());
        assertThat(r.err()).contains("Give either --batch ID or --obligation");
    }

    @Test
    void timelineEntriesCanBeMarkedPrivileged() throws Exception {
        String c = newCase();
        JsonNode e = ok("timeline", "add", c, "--at", "2026-03-02T14:00+02:00[Europe/Kyiv]", "--kind", "note",
                "--text", "Counsel's advice", "--privileged").json();
        assertThat(e.get("privileged").asBoolean()).isTrue();
        assertThat(ok("timeline", "list", c).json().get(0).get("privileged").asBoolean()).isTrue();
    }
}
