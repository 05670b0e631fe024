package com.breachdesk.handover;

import com.breachdesk.audit.AuditChange;
import com.breachdesk.audit.AuditEntry;
import com.breachdesk.audit.ImportedTrails;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail, verbatim with its hashes, and the trails of the cases this one was recreated from. Entries about
 * timeline entries or review comments left out of the export (privileged) keep their place, actor, time and hashes,
 * but their values are withheld ({@code "redacted": true}): the chain still links, only those entries' own hashes cannot be
 * recomputed. On import the trails are checked and kept as received; the new case starts a trail of its own.
 */
final class AuditSection implements CaseSection {

    static final String REDACTED_ENTRIES = "redacted_audit_entries";

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public void export(ExportContext context, JsonGenerator out) throws IOException {
        var session = context.session();
        List<ImportedTrails.Trail> earlier = session.file().read(ImportedTrails::all);
        List<ImportedTrails.Entry> own = new ArrayList<>();
        long redacted = 0;
        for (AuditEntry e : session.allAudit()) {
            boolean withheld = aboutExcludedItem(context, e);
            own.add(new ImportedTrails.Entry(e, withheld));
            redacted += withheld ? 1 : 0;
        }
        if (redacted > 0) {
            context.exclude(REDACTED_ENTRIES, redacted);
        }
        out.writeStartObject();
        out.writeFieldName("trail");
        trail(out, new ImportedTrails.Trail(session.file().caseId(), own));
        out.writeArrayFieldStart("imported_trails");
        for (ImportedTrails.Trail t : earlier) {
            trail(out, t);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /** Entries about a left-out timeline entry or review comment (whose values would show what it said). */
    private static boolean aboutExcludedItem(ExportContext context, AuditEntry e) {
        String id = e.change().entityId();
        if (!isLong(id)) {
            return false;
        }
        return switch (e.change().entity()) {
            case "timeline" -> context.excludedTimelineEntry(Long.parseLong(id));
            case "review_comment" -> context.excludedReviewComment(Long.parseLong(id));
            default -> false;
        };
    }

    private static boolean isLong(String s) {
        return s != null && s.matches("\\d{1,18}");
    }

    private static void trail(JsonGenerator out, ImportedTrails.Trail t) throws IOException {
        out.writeStartObject();
        out.writeStringField("case_id", t.sourceCaseId());
        out.writeArrayFieldStart("entries");
        for (ImportedTrails.Entry entry : t.entries()) {
            AuditEntry e = entry.entry();
            out.writeStartObject();
            out.writeNumberField("seq", e.seq());
            out.writeStringField("at", e.at().toString());
            out.writeStringField("actor", e.actor());
            out.writeStringField("action", e.change().action());
            out.writeStringField("entity", e.change().entity());
            out.writeStringField("entity_id", e.change().entityId());
            out.writeStringField("field", e.change().field());
            out.writeStringField("old_value", entry.redacted() ? null : e.change().oldValue());
            out.writeStringField("new_value", entry.redacted() ? null : e.change().newValue());
            if (entry.redacted()) {
                out.writeBooleanField("redacted", true);
            }
            out.writeStringField("prev_hash", e.prevHash());
            out.writeStringField("hash", e.hash());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    @Override
    public void restore(RestoreContext context, JsonParser in) throws IOException, SQLException {
        JsonNode node = in.readValueAsTree();
        List<ImportedTrails.Trail> trails = new ArrayList<>();
        for (JsonNode t : node.path("imported_trails")) {
            trails.add(trail(t));
        }
        ImportedTrails.Trail own = trail(node.path("trail"));
        if (!context.sourceCaseId().equals(own.sourceCaseId())) {
            throw new IllegalArgumentException("The audit trail is of case " + own.sourceCaseId() + ", not of case "
                    + context.sourceCaseId() + " the export is from");
        }
        if (own.entries().size() != context.sourceAuditEntries() || !own.finalHash().equals(context.sourceAuditFinalHash())) {
            throw new IllegalArgumentException("The audit trail does not end where the export's header says it does"
                    + " (the file was changed after it was exported)");
        }
        trails.add(own);
        int number = 1;
        for (ImportedTrails.Trail t : trails) {
            String problem = ImportedTrails.problem(t);
            if (problem != null) {
                throw new IllegalArgumentException("The audit trail of case " + t.sourceCaseId() + " is broken: " + problem);
            }
            ImportedTrails.store(context.tx().connection(), number++, t);
        }
    }

    private static ImportedTrails.Trail trail(JsonNode t) {
        List<ImportedTrails.Entry> entries = new ArrayList<>();
        for (JsonNode e : t.path("entries")) {
            String where = "audit entry " + JsonValues.text(e, "seq");
            AuditChange change = new AuditChange(JsonValues.required(e, "action", where), JsonValues.required(e, "entity", where),
                    JsonValues.required(e, "entity_id", where), JsonValues.text(e, "field"), JsonValues.text(e, "old_value"),
                    JsonValues.text(e, "new_value"));
            entries.add(new ImportedTrails.Entry(new AuditEntry(e.path("seq").asLong(), JsonValues.instant(e, "at"),
                    JsonValues.required(e, "actor", where), change, JsonValues.required(e, "prev_hash", where),
                    JsonValues.required(e, "hash", where)), e.path("redacted").asBoolean(false)));
        }
        return new ImportedTrails.Trail(JsonValues.required(t, "case_id", "audit trail"), entries);
    }
}
