package com.breachdesk.handover;

import com.breachdesk.review.LegalReview;
import com.breachdesk.review.ReviewComment;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import static com.breachdesk.handover.HandoverFixture.PRIVILEGED_COMMENT;
import static com.breachdesk.handover.HandoverFixture.TEMPLATE;
import static com.breachdesk.handover.HandoverFixture.fullCase;
import static com.breachdesk.handover.HandoverFixture.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Handing a case over as JSON and recreating it: nothing is lost, nothing privileged leaks, tampering is refused. */
class CaseJsonRoundTripTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");

    private Path export(CaseSession s, String name, ExportOptions options) {
        Path out = dir.resolve(name);
        CaseJsonExporter.standard().export(s, options, out, clock);
        return out;
    }

    private Path importJson(Path json, String name) throws Exception {
        Path out = dir.resolve(name);
        CaseJsonImporter.standard().importCase(json, out, "counsel", clock);
        return out;
    }

    /** The export minus what is documented to differ in a recreated case: its id, creation, export time, own trail. */
    private static JsonNode comparable(JsonNode export) {
        ObjectNode copy = export.deepCopy();
        copy.remove("exported_at");
        copy.remove("exported_by");
        copy.remove("case");
        ((ObjectNode) copy.get("sections")).remove("audit");
        return copy;
    }

    @Test
    void exportImportExportLosesNothing() throws Exception {
        Path first;
        try (CaseSession source = fullCase(dir, clock)) {
            first = export(source, "first.json", new ExportOptions(true, true));
        }
        clock.advance(Duration.ofDays(3));
        Path copy = importJson(first, "copy.breachcase");
        Path second;
        try (CaseSession recreated = CaseSession.open(copy, "counsel", clock)) {
            second = export(recreated, "second.json", new ExportOptions(true, true));
        }
        JsonNode a = read(first);
        JsonNode b = read(second);

        assertThat(comparable(b)).isEqualTo(comparable(a));
        assertThat(a.at("/sections/roster/people")).hasSize(4);
        assertThat(a.at("/sections/roster/hand_edits")).hasSize(1);
        assertThat(a.at("/sections/roster/undo_images")).isNotEmpty();
        assertThat(a.at("/sections/letters/0/letters")).hasSize(1);
        assertThat(a.at("/sections/obligations/notices_given").findValuesAsText("reference")).contains("IC-123456");
        assertThat(a.at("/sections/review/0/versions")).hasSize(2);
        assertThat(a.at("/sections/review/0/approvals")).hasSize(1);
        assertThat(a.at("/sections/review/0/comments")).hasSize(2);
        assertThat(a.at("/sections/notices_sent/notices")).hasSize(2);
        assertThat(a.at("/sections/notices_sent/evidence_files")).hasSize(2);
        // The source's trail travels verbatim; the new case's own trail starts by naming it.
        assertThat(b.at("/sections/audit/imported_trails/0")).isEqualTo(a.at("/sections/audit/trail"));
        JsonNode firstOwn = b.at("/sections/audit/trail/entries/0");
        assertThat(firstOwn.get("action").asText()).isEqualTo("import_json");
        assertThat(firstOwn.get("new_value").asText()).contains(a.at("/case/id").asText())
                .contains(a.at("/case/audit_final_hash").asText());
        assertThat(b.at("/case/id").asText()).isNotEqualTo(a.at("/case/id").asText());
    }

    @Test
    void legalReviewAndNoticesSentComeBackIdentical() throws Exception {
        Path json;
        try (CaseSession source = fullCase(dir, clock)) {
            json = export(source, "case.json", new ExportOptions(false, true));
        }
        clock.advance(Duration.ofDays(3));
        try (CaseSession source = CaseSession.open(dir.resolve("source.breachcase"), "olena", clock);
             CaseSession copy = CaseSession.open(importJson(json, "copy.breachcase"), "counsel", clock)) {
            LegalReview a = source.review();
            LegalReview b = copy.review();
            assertThat(b.drafts()).isEqualTo(a.drafts());
            assertThat(b.versions(TEMPLATE)).isEqualTo(a.versions(TEMPLATE)).hasSize(2);
            assertThat(b.history(TEMPLATE)).isEqualTo(a.history(TEMPLATE));
            assertThat(b.approvals(TEMPLATE)).isEqualTo(a.approvals(TEMPLATE)).hasSize(1);
            assertThat(b.allComments()).isEqualTo(a.allComments()).hasSize(2);
            // Final letters can be printed from the recreated case: its approval still matches the approved words.
            assertThat(b.approved(TEMPLATE)).get().satisfies(d -> assertThat(d.version().version()).isEqualTo(1));

            assertThat(copy.delivery().sent()).isEqualTo(source.delivery().sent()).hasSize(2);
            assertThat(copy.delivery().evidence()).isEqualTo(source.delivery().evidence());
            long receipt = copy.delivery().sent().stream().filter(n -> n.batchId().isPresent()).findFirst().orElseThrow()
                    .evidence().orElseThrow().id();
            assertThat(copy.delivery().evidenceContent(receipt)).isEqualTo(HandoverFixture.MAILING_RECEIPT);
            assertThat(copy.verifyAudit().intact()).isTrue();
        }
    }

    @Test
    void recreatedCaseVerifiesItsAuditTrail() throws Exception {
        Path json;
        try (CaseSession source = fullCase(dir, clock)) {
            json = export(source, "case.json", new ExportOptions(true, false));
        }
        try (CaseSession recreated = CaseSession.open(importJson(json, "copy.breachcase"), "counsel", clock)) {
            assertThat(recreated.verifyAudit().intact()).isTrue();
            assertThat(recreated.roster().summary().people()).isEqualTo(4);
        }
    }

    @Test
    void privilegedItemsAreAbsentByDefaultAndTheExclusionIsCounted() throws Exception {
        try (CaseSession source = fullCase(dir, clock)) {
            Path without = export(source, "default.json", ExportOptions.DEFAULT);
            Path with = export(source, "privileged.json", new ExportOptions(false, true));
            String text = Files.readString(without);
            JsonNode json = read(without);

            assertThat(text).doesNotContain("exposure is larger").doesNotContain("counsel revised")
                    .doesNotContain(PRIVILEGED_COMMENT).contains(HandoverFixture.RESOLVED_COMMENT);
            // The correction of the privileged entry is privileged too (it restates what it corrects).
            assertThat(json.at("/excluded/privileged_timeline_entries").asLong()).isEqualTo(2);
            assertThat(json.at("/excluded/privileged_review_comments").asLong()).isEqualTo(1);
            // Two about the timeline entries, one about the comment: in place, values withheld.
            assertThat(json.at("/excluded/redacted_audit_entries").asLong()).isEqualTo(3);
            assertThat(json.at("/sections/review/0/comments")).hasSize(1);
            assertThat(Files.readString(with)).contains(HandoverFixture.SECRET).contains(PRIVILEGED_COMMENT);
        }
    }

    @Test
    void exportWithPrivilegedEntriesLeftOutStillImports() throws Exception {
        Path json;
        try (CaseSession source = fullCase(dir, clock)) {
            json = export(source, "case.json", ExportOptions.DEFAULT);
        }
        try (CaseSession recreated = CaseSession.open(importJson(json, "copy.breachcase"), "counsel", clock)) {
            assertThat(recreated.timeline().chronological()).noneMatch(e -> e.privileged());
            assertThat(recreated.review().allComments()).extracting(ReviewComment::text)
                    .containsExactly(HandoverFixture.RESOLVED_COMMENT);
            assertThat(recreated.verifyAudit().intact()).isTrue();
            assertThat(recreated.allAudit()).anySatisfy(e -> assertThat(e.change().newValue())
                    .startsWith("the export left out:").contains("privileged_timeline_entries 2")
                    .contains("privileged_review_comments 1").contains("roster_people 4"));
        }
    }

    @Test
    void rosterIsIncludedOnlyOnRequest() throws Exception {
        try (CaseSession source = fullCase(dir, clock)) {
            JsonNode json = read(export(source, "case.json", ExportOptions.DEFAULT));
            assertThat(json.at("/sections/roster").isNull()).isTrue();
            assertThat(json.at("/excluded/roster_people").asLong()).isEqualTo(4);
            assertThat(json.at("/sections/scope_summary/people").asLong()).isEqualTo(4);
        }
    }

    @Test
    void alteredAuditEntryIsRefusedAndNothingIsWritten() throws Exception {
        Path json;
        try (CaseSession source = fullCase(dir, clock)) {
            json = export(source, "case.json", ExportOptions.DEFAULT);
        }
        Files.writeString(json, Files.readString(json).replace("\"new_value\" : \"SMART-POINT\"", "\"new_value\" : \"OTHER\""));
        Path out = dir.resolve("copy.breachcase");

        assertThatThrownBy(() -> CaseJsonImporter.standard().importCase(json, out, "counsel", clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not match its hash");
        assertThat(out).doesNotExist();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("copy.breachcase"));
    }

    @Test
    void evidenceWhoseBytesDoNotMatchItsHashIsRefusedAndNothingIsWritten() throws Exception {
        Path json;
        try (CaseSession source = fullCase(dir, clock)) {
            json = export(source, "case.json", ExportOptions.DEFAULT);
        }
        ObjectNode tree = (ObjectNode) read(json);
        ObjectNode file = (ObjectNode) tree.at("/sections/notices_sent/evidence_files/0");
        file.put("content_base64", Base64.getEncoder().encodeToString("a different receipt".getBytes(StandardCharsets.UTF_8)));
        new ObjectMapper().writeValue(json.toFile(), tree);

        assertThatThrownBy(() -> importJson(json, "copy.breachcase")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("section \"notices_sent\"").hasMessageContaining("evidence file " + file.get("id").asLong())
                .hasMessageContaining("sha256");
        assertThat(dir.resolve("copy.breachcase")).doesNotExist();
    }

    @Test
    void draftVersionWhoseWordsWereChangedIsRefused() throws Exception {
        Path json;
        try (CaseSession source = fullCase(dir, clock)) {
            json = export(source, "case.json", ExportOptions.DEFAULT);
        }
        ObjectNode tree = (ObjectNode) read(json);
        ObjectNode version = (ObjectNode) tree.at("/sections/review/0/versions/0");
        version.put("text", version.get("text").asText().replace("{{person.name}}", "{{person.name}}, sorry"));
        new ObjectMapper().writeValue(json.toFile(), tree);

        assertThatThrownBy(() -> importJson(json, "copy.breachcase")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("section \"review\"").hasMessageContaining(TEMPLATE + " draft v1")
                .hasMessageContaining("sha256");
        assertThat(dir.resolve("copy.breachcase")).doesNotExist();
    }

    @Test
    void sectionFromANewerVersionIsRefused() throws Exception {
        Path json;
        try (CaseSession source = fullCase(dir, clock)) {
            json = export(source, "case.json", ExportOptions.DEFAULT);
        }
        Files.writeString(json, Files.readString(json).replace("\"sections\" : {", "\"sections\" : {\n \"drafts\" : [],"));

        assertThatThrownBy(() -> importJson(json, "copy.breachcase")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("section \"drafts\"");
        assertThat(dir.resolve("copy.breachcase")).doesNotExist();
    }

    @Test
    void valueNoVersionOfBreachdeskWritesIsRefusedWithTheField() throws Exception {
        Path json;
        try (CaseSession source = fullCase(dir, clock)) {
            json = export(source, "case.json", ExportOptions.DEFAULT);
        }
        String text = Files.readString(json);
        Files.writeString(json, text.replaceFirst("\"discovered_at\" : \"[^\"]*\"", "\"discovered_at\" : \"yesterday\""));

        assertThatThrownBy(() -> importJson(json, "copy.breachcase")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("section \"incident\"").hasMessageContaining("discovered_at");
        assertThat(dir.resolve("copy.breachcase")).doesNotExist();
    }

    @Test
    void exportMissingASectionIsRefused() throws Exception {
        Path json;
        try (CaseSession source = fullCase(dir, clock)) {
            json = export(source, "case.json", ExportOptions.DEFAULT);
        }
        ObjectNode tree = (ObjectNode) read(json);
        ((ObjectNode) tree.get("sections")).remove("timeline");
        new ObjectMapper().writeValue(json.toFile(), tree);

        assertThatThrownBy(() -> importJson(json, "copy.breachcase")).hasMessageContaining("\"timeline\" is missing");
        assertThat(dir.resolve("copy.breachcase")).doesNotExist();
    }

    @Test
    void fileThatIsNotAnExportIsRefused() throws Exception {
        Path json = dir.resolve("other.json");
        Files.writeString(json, "{\"name\": \"not a case\", \"sections\": {}}");
        assertThatThrownBy(() -> importJson(json, "copy.breachcase")).hasMessageContaining("not a Breachdesk case export");
        Files.writeString(json, "{\"format\": \"breachdesk-case\", ");
        assertThatThrownBy(() -> importJson(json, "copy.breachcase")).isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("copy.breachcase")).doesNotExist();
    }
}
