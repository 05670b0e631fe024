package com.breachdesk.handover;

import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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
        assertThat(a.at("/sections/obligations/notices_given/0/reference").asText()).isEqualTo("IC-123456");
        // The source's trail travels verbatim; the new case's own trail starts by naming it.
        assertThat(b.at("/sections/audit/imported_trails/0")).isEqualTo(a.at("/sections/audit/trail"));
        JsonNode firstOwn = b.at("/sections/audit/trail/entries/0");
        assertThat(firstOwn.get("action").asText()).isEqualTo("import_json");
        assertThat(firstOwn.get("new_value").asText()).contains(a.at("/case/id").asText())
                .contains(a.at("/case/audit_final_hash").asText());
        assertThat(b.at("/case/id").asText()).isNotEqualTo(a.at("/case/id").asText());
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

            assertThat(text).doesNotContain("exposure is larger").doesNotContain("counsel revised");
            // The correction of the privileged entry is privileged too (it restates what it corrects).
            assertThat(json.at("/excluded/privileged_timeline_entries").asLong()).isEqualTo(2);
            assertThat(json.at("/excluded/redacted_audit_entries").asLong()).isEqualTo(2);
            assertThat(Files.readString(with)).contains(HandoverFixture.SECRET);
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
            assertThat(recreated.verifyAudit().intact()).isTrue();
            assertThat(recreated.allAudit()).anySatisfy(e -> assertThat(e.change().newValue())
                    .startsWith("the export left out:").contains("privileged_timeline_entries 2").contains("roster_people 4"));
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
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode) read(json);
        ((ObjectNode) tree.get("sections")).remove("timeline");
        new com.fasterxml.jackson.databind.ObjectMapper().writeValue(json.toFile(), tree);

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
