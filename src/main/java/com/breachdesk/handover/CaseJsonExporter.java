package com.breachdesk.handover;

import com.breachdesk.audit.AuditEntry;
import com.breachdesk.casefile.CaseFile;
import com.breachdesk.privilege.PrivilegeFilter;
import com.breachdesk.session.CaseSession;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Writes a whole case as one JSON document (format {@value #FORMAT}, version {@value #VERSION}; documented in
 * docs/case-json-schema.md): a header, one member per {@link CaseSection} under {@code "sections"}, and last what
 * was left out under {@code "excluded"}. Privileged material and the roster are left out unless asked for.
 */
public final class CaseJsonExporter {

    public static final String FORMAT = "breachdesk-case";
    public static final int VERSION = 1;

    /** What an export wrote: where, and what it left out. */
    public record Result(Path file, Map<String, Long> excluded) {
    }

    private final List<CaseSection> sections;
    private final ObjectMapper json = new ObjectMapper();

    public CaseJsonExporter(List<CaseSection> sections) {
        this.sections = List.copyOf(sections);
    }

    /** Every section of this build. */
    public static CaseJsonExporter standard() {
        return new CaseJsonExporter(CaseSections.all());
    }

    /** Writes to {@code out} through a temporary file: an export that fails leaves nothing behind. */
    public Result export(CaseSession session, ExportOptions options, Path out, Clock clock) {
        Path target = out.toAbsolutePath();
        try {
            Path tmp = Files.createTempFile(target.getParent(), ".export-", ".tmp");
            try {
                Map<String, Long> excluded;
                try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    excluded = export(session, options, stream, clock);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return new Result(target, excluded);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /** Writes the document to {@code out} (left open); returns what was left out. */
    public Map<String, Long> export(CaseSession session, ExportOptions options, OutputStream out, Clock clock)
            throws IOException {
        ExportContext context = new ExportContext(session, options, PrivilegeFilter.of(options.includePrivileged()));
        CaseFile file = session.file();
        List<AuditEntry> last = session.latestAudit(1);
        try (JsonGenerator g = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("format_version", VERSION);
            g.writeStringField("exported_at", clock.instant().toString());
            g.writeStringField("exported_by", file.actor());
            g.writeObjectFieldStart("options");
            g.writeBooleanField("include_roster", options.includeRoster());
            g.writeBooleanField("include_privileged", options.includePrivileged());
            g.writeEndObject();
            g.writeObjectFieldStart("case");
            g.writeStringField("id", file.caseId());
            g.writeStringField("created_at", file.read(c -> CaseFile.meta(c, "created_at")).orElse(null));
            g.writeStringField("created_by", file.read(c -> CaseFile.meta(c, "created_by")).orElse(null));
            g.writeNumberField("schema_version", file.schemaVersion());
            g.writeNumberField("audit_entries", last.isEmpty() ? 0 : last.get(0).seq());
            g.writeStringField("audit_final_hash", last.isEmpty() ? null : last.get(0).hash());
            g.writeEndObject();
            g.writeObjectFieldStart("sections");
            for (CaseSection section : sections) {
                g.writeFieldName(section.name());
                section.export(context, g);
            }
            g.writeEndObject();
            g.writeObjectFieldStart("excluded");
            for (Map.Entry<String, Long> e : context.excluded().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        return Map.copyOf(context.excluded());
    }
}
