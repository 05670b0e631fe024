package com.breachdesk.handover;

import com.breachdesk.audit.AuditChange;
import com.breachdesk.casefile.CaseFile;
import com.breachdesk.casefile.CaseFileRefusedException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recreates a case from a JSON export in a new case file. Everything is restored in one transaction in a temporary
 * file that is moved into place only when the whole document was read and checked: a damaged, altered or foreign
 * file is refused with the reason and nothing is left behind. The new case has its own id and its own audit trail,
 * which starts with an "imported from" entry naming the source case and the final hash of its trail; the source
 * trails are kept verbatim beside it.
 */
public final class CaseJsonImporter {

    /** What an import made. */
    public record Result(Path file, String caseId, String sourceCaseId, Map<String, Long> excludedInSource) {
    }

    /** The sections every version-1 export has; sections added later are optional, so older exports still import. */
    static final List<String> VERSION_1_SECTIONS = List.of("organization", "incident", "timeline", "estimates",
            "risk_assessment", "obligations", "notice_facts", "letters", "scope_summary", "roster", "audit");

    private final List<CaseSection> sections;
    private final ObjectMapper json = new ObjectMapper();

    public CaseJsonImporter(List<CaseSection> sections) {
        this.sections = List.copyOf(sections);
    }

    public static CaseJsonImporter standard() {
        return new CaseJsonImporter(CaseSections.all());
    }

    public Result importCase(Path source, Path out, String actor, Clock clock) throws CaseFileRefusedException {
        Path target = out.toAbsolutePath();
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target.getFileName() + " already exists; choose another name");
        }
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException(source + " does not exist");
        }
        Path tmp = target.resolveSibling(".importing-" + target.getFileName());
        deleteCaseFile(tmp);
        try {
            Result result;
            try (CaseFile file = CaseFile.create(tmp, actor, clock); InputStream in = Files.newInputStream(source);
                 JsonParser parser = json.getFactory().createParser(in)) {
                result = file.write(tx -> read(parser, tx, file));
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return new Result(target, result.caseId(), result.sourceCaseId(), result.excludedInSource());
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(source.getFileName() + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + "): " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
        } finally {
            deleteCaseFile(tmp);
        }
    }

    private Result read(JsonParser in, com.breachdesk.casefile.CaseTransaction tx, CaseFile file) throws SQLException {
        try {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw refused("it does not start with a JSON object");
            }
            Map<String, JsonNode> header = new LinkedHashMap<>();
            Map<String, Long> excluded = new LinkedHashMap<>();
            RestoreContext context = null;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                in.nextToken();
                if (name.equals("sections")) {
                    context = begin(header, tx, file);
                    restoreSections(in, context);
                } else if (name.equals("excluded")) {
                    JsonNode node = in.readValueAsTree();
                    node.fields().forEachRemaining(e -> excluded.put(e.getKey(), e.getValue().asLong()));
                } else {
                    header.put(name, in.readValueAsTree());
                }
            }
            if (context == null) {
                throw refused("it has no \"sections\"");
            }
            String leftOut = excluded.entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
            if (!leftOut.isEmpty()) {
                // The new case never had these; its trail says so, so nobody mistakes it for the whole case.
                tx.audit(new AuditChange("import_json", "case", context.sourceCaseId(), null, null,
                        "the export left out: " + leftOut));
            }
            return new Result(null, file.read(c -> CaseFile.meta(c, "case_id")).orElseThrow(), context.sourceCaseId(),
                    excluded);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw refused("it is not valid JSON (line " + e.getLocation().getLineNr() + "): " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the header (which must come before the sections) and starts the new trail with the import entry. */
    private RestoreContext begin(Map<String, JsonNode> header, com.breachdesk.casefile.CaseTransaction tx, CaseFile file)
            throws SQLException {
        JsonNode format = header.get("format");
        if (format == null || !CaseJsonExporter.FORMAT.equals(format.asText())) {
            throw refused("it is not a Breachdesk case export (\"format\" must be \"" + CaseJsonExporter.FORMAT
                    + "\" and come before \"sections\")");
        }
        int version = header.containsKey("format_version") ? header.get("format_version").asInt() : -1;
        if (version < 1 || version > CaseJsonExporter.VERSION) {
            throw refused("its format version " + version + " is not one this version of Breachdesk reads (up to "
                    + CaseJsonExporter.VERSION + ")");
        }
        JsonNode source = header.get("case");
        if (source == null || JsonValues.text(source, "id") == null) {
            throw refused("its header has no \"case\" with an \"id\"");
        }
        String sourceId = JsonValues.text(source, "id");
        long entries = source.path("audit_entries").asLong(0);
        String finalHash = JsonValues.text(source, "audit_final_hash");
        tx.audit(new AuditChange("import_json", "case", sourceId, null, null, "imported from case " + sourceId
                + ": its audit trail of " + entries + " entries ends in " + finalHash));
        CaseFile.putMeta(tx.connection(), "imported_from", sourceId);
        return new RestoreContext(tx, json, sourceId, entries, finalHash);
    }

    private void restoreSections(JsonParser in, RestoreContext context) throws IOException, SQLException {
        if (in.currentToken() != JsonToken.START_OBJECT) {
            throw refused("\"sections\" is not an object");
        }
        Map<String, CaseSection> known = new LinkedHashMap<>();
        java.util.Set<String> restored = new java.util.HashSet<>();
        sections.forEach(s -> known.put(s.name(), s));
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            CaseSection section = known.get(name);
            if (section == null) {
                throw refused("it has a section \"" + name + "\" this version of Breachdesk does not know;"
                        + " importing it would lose that part of the case");
            }
            in.nextToken();
            try {
                section.restore(context, in);
            } catch (UncheckedIOException e) {
                throw e;
            } catch (RuntimeException e) {
                // Values that do not parse (dates, ids, numbers) come from a damaged or hand-edited file.
                throw new IllegalArgumentException("The export cannot be imported: section \"" + name + "\": "
                        + e.getMessage(), e);
            }
            restored.add(name);
        }
        for (String required : VERSION_1_SECTIONS) {
            if (!restored.contains(required)) {
                throw refused("its section \"" + required + "\" is missing; every export of format version 1 has it");
            }
        }
    }

    private static IllegalArgumentException refused(String why) {
        return new IllegalArgumentException("The file cannot be imported: " + why);
    }

    private static void deleteCaseFile(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // a leftover temporary file holds nothing the user lacks: the JSON is still there
            }
        }
    }
}
