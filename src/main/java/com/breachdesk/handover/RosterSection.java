package com.breachdesk.handover;

import com.breachdesk.jurisdiction.Confidence;
import com.breachdesk.jurisdiction.Resolution;
import com.breachdesk.jurisdiction.ResolutionMethod;
import com.breachdesk.roster.ImportLog;
import com.breachdesk.roster.ImportRecord;
import com.breachdesk.roster.MergeEvent;
import com.breachdesk.roster.NotificationStatus;
import com.breachdesk.roster.Person;
import com.breachdesk.roster.PersonField;
import com.breachdesk.roster.PersonStore;
import com.breachdesk.roster.RosterArchive;
import com.breachdesk.roster.RosterFilter;
import com.breachdesk.vocabulary.Coded;
import com.breachdesk.vocabulary.DataCategory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The affected people and everything that explains them: imports, people, hand edits, the merge report and the
 * undo images that make a rollback possible. Only on request ({@code null} otherwise, with the number of people
 * left out under {@code "excluded"}). Written and read as a stream: a roster can have millions of people.
 */
final class RosterSection implements CaseSection {

    private static final int PAGE = 5_000;

    @Override
    public String name() {
        return "roster";
    }

    @Override
    public void export(ExportContext context, JsonGenerator out) throws IOException {
        var roster = context.session().roster();
        if (!context.options().includeRoster()) {
            context.exclude("roster_people", roster.count(RosterFilter.ALL));
            out.writeNull();
            return;
        }
        out.writeStartObject();
        out.writeArrayFieldStart("imports");
        for (ImportRecord r : roster.imports()) {
            out.writeStartObject();
            out.writeNumberField("id", r.id());
            out.writeStringField("file_name", r.fileName());
            out.writeStringField("sha256", r.sha256());
            out.writeStringField("encoding", r.encoding());
            out.writeStringField("delimiter", r.delimiter());
            out.writeStringField("mapping", r.mapping());
            out.writeNumberField("rows_read", r.counts().read());
            out.writeNumberField("imported", r.counts().imported());
            out.writeNumberField("merged", r.counts().merged());
            out.writeNumberField("rejected", r.counts().rejected());
            out.writeNumberField("unresolved", r.counts().unresolved());
            out.writeStringField("rejects_file", r.rejectsFile().orElse(null));
            out.writeStringField("imported_by", r.importedBy());
            out.writeStringField("imported_at", r.importedAt().toString());
            out.writeStringField("status", r.status().id());
            out.writeStringField("rolled_back_by", r.rolledBackBy().orElse(null));
            out.writeStringField("rolled_back_at", r.rolledBackAt().map(Object::toString).orElse(null));
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("people");
        long after = 0;
        while (true) {
            List<Person> page = roster.page(RosterFilter.ALL, after, PAGE);
            for (Person p : page) {
                person(out, p);
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }
        out.writeEndArray();
        var file = context.session().file();
        out.writeArrayFieldStart("hand_edits");
        for (RosterArchive.HandEdit e : file.read(RosterArchive::handEdits)) {
            out.writeStartObject();
            out.writeNumberField("person_id", e.personId());
            out.writeStringField("field", e.field().id());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("merges");
        file.read(c -> {
            RosterArchive.merges(c, m -> {
                try {
                    out.writeStartObject();
                    out.writeNumberField("import_id", m.importId());
                    out.writeNumberField("source_line", m.sourceLine());
                    out.writeNumberField("person_id", m.personId());
                    out.writeStringField("matched_on", m.matchedOn());
                    out.writeBooleanField("merged", m.merged());
                    out.writeStringField("detail", m.detail());
                    out.writeEndObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return null;
        });
        out.writeEndArray();
        out.writeArrayFieldStart("undo_images");
        for (RosterArchive.UndoImage u : file.read(RosterArchive::undoImages)) {
            out.writeStartObject();
            out.writeNumberField("person_id", u.personId());
            out.writeNumberField("import_id", u.importId());
            out.writeStringField("before_image", u.beforeImage());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void person(JsonGenerator out, Person p) throws IOException {
        out.writeStartObject();
        out.writeNumberField("id", p.id());
        out.writeNumberField("created_import", p.createdImport());
        out.writeNumberField("source_line", p.sourceLine());
        out.writeStringField("id_namespace", p.idNamespace());
        out.writeStringField("external_id", p.externalId());
        out.writeStringField("full_name", p.fullName());
        out.writeStringField("email", p.email());
        out.writeStringField("phone", p.phone());
        out.writeStringField("phone_e164", p.phoneE164());
        out.writeStringField("street", p.address().street());
        out.writeStringField("city", p.address().city());
        out.writeStringField("region", p.address().region());
        out.writeStringField("postal_code", p.address().postalCode());
        out.writeStringField("country", p.address().country());
        out.writeStringField("date_of_birth", p.dateOfBirth() == null ? null : p.dateOfBirth().toString());
        out.writeStringField("language", p.language());
        out.writeStringField("jurisdiction", p.resolution().jurisdiction());
        out.writeStringField("resolution_method", p.resolution().method().id());
        out.writeStringField("resolution_confidence", p.resolution().confidence().id());
        out.writeArrayFieldStart("categories");
        for (DataCategory c : p.categories().stream().sorted().toList()) {
            out.writeString(c.id());
        }
        out.writeEndArray();
        out.writeStringField("notification_status", p.notificationStatus().id());
        out.writeEndObject();
    }

    @Override
    public void restore(RestoreContext context, JsonParser in) throws IOException, SQLException {
        if (in.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        expect(in, in.currentToken(), JsonToken.START_OBJECT);
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String part = in.currentName();
            expect(in, in.nextToken(), JsonToken.START_ARRAY);
            switch (part) {
                case "imports" -> each(in, n -> RosterArchive.restoreImport(context.tx(), importRecord(n)));
                case "people" -> {
                    try (PersonStore.Inserter people = RosterArchive.people(context.tx())) {
                        each(in, n -> people.add(person(n)));
                    }
                }
                case "hand_edits" -> {
                    List<RosterArchive.HandEdit> edits = new ArrayList<>();
                    each(in, n -> edits.add(new RosterArchive.HandEdit(n.path("person_id").asLong(),
                            Coded.parse(PersonField.class, JsonValues.required(n, "field", "hand edit")))));
                    RosterArchive.restoreHandEdits(context.tx(), edits);
                }
                case "merges" -> {
                    try (ImportLog.MergeWriter merges = RosterArchive.merges(context.tx())) {
                        each(in, n -> merges.add(new MergeEvent(n.path("import_id").asLong(), n.path("source_line").asLong(),
                                n.path("person_id").asLong(), JsonValues.required(n, "matched_on", "merge"),
                                n.path("merged").asBoolean(), JsonValues.text(n, "detail"))));
                    }
                }
                case "undo_images" -> each(in, n -> RosterArchive.restoreUndoImage(context.tx(), new RosterArchive.UndoImage(
                        n.path("person_id").asLong(), n.path("import_id").asLong(),
                        JsonValues.required(n, "before_image", "undo image"))));
                default -> throw new IllegalArgumentException("Section \"roster\": unknown part \"" + part + "\"");
            }
        }
    }

    private interface RowWork {
        void accept(JsonNode row) throws SQLException;
    }

    /** Reads an array one element at a time, so a million people never sit in memory together. */
    private static void each(JsonParser in, RowWork work) throws IOException, SQLException {
        while (in.nextToken() != JsonToken.END_ARRAY) {
            work.accept(in.readValueAsTree());
        }
    }

    private static void expect(JsonParser in, JsonToken found, JsonToken wanted) {
        if (found != wanted) {
            throw new IllegalArgumentException("Section \"roster\": expected " + wanted + " but found " + found
                    + " at line " + in.currentLocation().getLineNr());
        }
    }

    private static ImportRecord importRecord(JsonNode n) {
        String where = "roster import " + JsonValues.text(n, "id");
        ImportRecord.Status status = "rolled_back".equals(JsonValues.text(n, "status")) ? ImportRecord.Status.ROLLED_BACK
                : ImportRecord.Status.ACTIVE;
        return new ImportRecord(n.path("id").asLong(), JsonValues.required(n, "file_name", where),
                JsonValues.required(n, "sha256", where), JsonValues.required(n, "encoding", where),
                JsonValues.required(n, "delimiter", where), JsonValues.required(n, "mapping", where),
                new ImportRecord.Counts(n.path("rows_read").asLong(), n.path("imported").asLong(), n.path("merged").asLong(),
                        n.path("rejected").asLong(), n.path("unresolved").asLong()),
                Optional.ofNullable(JsonValues.text(n, "rejects_file")), JsonValues.required(n, "imported_by", where),
                JsonValues.instant(n, "imported_at"), status, Optional.ofNullable(JsonValues.text(n, "rolled_back_by")),
                Optional.ofNullable(JsonValues.instant(n, "rolled_back_at")));
    }

    private static Person person(JsonNode n) {
        String where = "person " + JsonValues.text(n, "id");
        EnumSet<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        for (String id : JsonValues.strings(n, "categories")) {
            categories.add(Coded.parse(DataCategory.class, id));
        }
        String dob = JsonValues.text(n, "date_of_birth");
        return new Person(n.path("id").asLong(), n.path("created_import").asLong(), n.path("source_line").asLong(),
                JsonValues.text(n, "id_namespace"), JsonValues.text(n, "external_id"), JsonValues.text(n, "full_name"),
                JsonValues.text(n, "email"), JsonValues.text(n, "phone"), JsonValues.text(n, "phone_e164"),
                new Person.Address(JsonValues.text(n, "street"), JsonValues.text(n, "city"), JsonValues.text(n, "region"),
                        JsonValues.text(n, "postal_code"), JsonValues.text(n, "country")),
                dob == null ? null : LocalDate.parse(dob), JsonValues.text(n, "language"),
                new Resolution(JsonValues.text(n, "jurisdiction"),
                        Coded.parse(ResolutionMethod.class, JsonValues.required(n, "resolution_method", where)),
                        Coded.parse(Confidence.class, JsonValues.required(n, "resolution_confidence", where))),
                categories, Coded.parse(NotificationStatus.class, JsonValues.required(n, "notification_status", where)));
    }
}
