package com.breachdesk.handover;

import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Exports match the published schema (docs/case-json-schema.json), so outside counsel can rely on it. */
class CaseJsonSchemaTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");

    private static JsonSchema schema() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("docs/case-json-schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void exportMatchesThePublishedSchema(boolean everything) throws Exception {
        Path out = dir.resolve("case.json");
        try (CaseSession s = HandoverFixture.fullCase(dir, clock)) {
            CaseJsonExporter.standard().export(s, new ExportOptions(everything, everything), out, clock);
        }
        Set<ValidationMessage> problems = schema().validate(HandoverFixture.read(out));
        assertThat(problems).isEmpty();
    }

    @Test
    void schemaRejectsAnExportWithAnUnknownSection() throws Exception {
        Path out = dir.resolve("case.json");
        try (CaseSession s = HandoverFixture.fullCase(dir, clock)) {
            CaseJsonExporter.standard().export(s, ExportOptions.DEFAULT, out, clock);
        }
        JsonNode json = HandoverFixture.read(out);
        ((ObjectNode) json.get("sections")).putArray("drafts");
        assertThat(schema().validate(json)).isNotEmpty();
    }
}
