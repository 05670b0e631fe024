package com.breachdesk.handover;

import com.breachdesk.letters.store.BatchRecord;
import com.breachdesk.letters.store.LetterRecord;
import com.breachdesk.letters.store.LetterStore;
import com.breachdesk.letters.store.PrintVolumeRecord;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Letter batches as recorded: settings, who ran them and when, outcome, and per letter the person id, file,
 * pages, SHA-256 and template version; print volumes likewise. The PDF files themselves are not in the export.
 */
final class LettersSection implements CaseSection {

    @Override
    public String name() {
        return "letters";
    }

    @Override
    public void export(ExportContext context, JsonGenerator out) throws IOException {
        LetterStore store = context.session().letters().store();
        out.writeStartArray();
        for (BatchRecord b : store.batches()) {
            out.writeStartObject();
            out.writeNumberField("id", b.id());
            out.writeStringField("out_dir", b.outDir());
            out.writeStringField("template", b.template());
            out.writeStringField("filter", b.filter());
            out.writeStringField("kind", b.kind());
            out.writeStringField("letter_date", b.letterDate().toString());
            out.writeStringField("started_at", b.startedAt().toString());
            out.writeStringField("started_by", b.startedBy());
            out.writeStringField("status", b.status());
            out.writeObjectField("letters_count", b.letters());
            out.writeObjectField("pages", b.pages());
            out.writeStringField("manifest_sha256", b.manifestSha256());
            out.writeStringField("finished_at", b.finishedAt() == null ? null : b.finishedAt().toString());
            out.writeStringField("source", b.source());
            out.writeArrayFieldStart("letters");
            for (LetterRecord l : store.letters(b.id())) {
                out.writeStartObject();
                out.writeNumberField("position", l.position());
                out.writeStringField("person_id", l.personId());
                out.writeStringField("fingerprint", l.fingerprint());
                out.writeStringField("file", l.file());
                out.writeNumberField("pages", l.pages());
                out.writeStringField("sha256", l.sha256());
                out.writeStringField("template_id", l.templateId());
                out.writeNumberField("template_version", l.templateVersion());
                out.writeStringField("generated_at", l.generatedAt().toString());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeArrayFieldStart("print_volumes");
            for (PrintVolumeRecord v : store.printVolumes(b.id())) {
                out.writeStartObject();
                out.writeNumberField("volume", v.volume());
                out.writeStringField("file", v.file());
                out.writeNumberField("first_position", v.firstPosition());
                out.writeNumberField("letters", v.letters());
                out.writeNumberField("pages", v.pages());
                out.writeStringField("sha256", v.sha256());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    @Override
    public void restore(RestoreContext context, JsonParser in) throws IOException, SQLException {
        for (JsonNode b : (JsonNode) in.readValueAsTree()) {
            String where = "letter batch " + JsonValues.text(b, "id");
            long id = b.path("id").asLong();
            BatchRecord batch = new BatchRecord(id, JsonValues.required(b, "out_dir", where),
                    JsonValues.required(b, "template", where), JsonValues.required(b, "filter", where),
                    JsonValues.required(b, "kind", where), LocalDate.parse(JsonValues.required(b, "letter_date", where)),
                    JsonValues.instant(b, "started_at"), JsonValues.required(b, "started_by", where),
                    JsonValues.required(b, "status", where), JsonValues.longOrNull(b, "letters_count"),
                    JsonValues.longOrNull(b, "pages"), JsonValues.text(b, "manifest_sha256"), JsonValues.instant(b, "finished_at"),
                    JsonValues.text(b, "source"));
            List<LetterRecord> letters = new ArrayList<>();
            for (JsonNode l : b.path("letters")) {
                letters.add(new LetterRecord(id, l.path("position").asLong(), JsonValues.required(l, "person_id", where),
                        JsonValues.required(l, "fingerprint", where), JsonValues.required(l, "file", where),
                        l.path("pages").asInt(), JsonValues.required(l, "sha256", where),
                        JsonValues.required(l, "template_id", where), l.path("template_version").asInt(),
                        JsonValues.instant(l, "generated_at")));
            }
            List<PrintVolumeRecord> volumes = new ArrayList<>();
            for (JsonNode v : b.path("print_volumes")) {
                volumes.add(new PrintVolumeRecord(id, v.path("volume").asInt(), JsonValues.required(v, "file", where),
                        v.path("first_position").asLong(), v.path("letters").asInt(), v.path("pages").asInt(),
                        JsonValues.required(v, "sha256", where)));
            }
            LetterStore.restoreBatch(context.tx(), batch, letters, volumes);
        }
    }
}
