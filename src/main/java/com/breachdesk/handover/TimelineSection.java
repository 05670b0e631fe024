package com.breachdesk.handover;

import com.breachdesk.time.MomentInZone;
import com.breachdesk.timeline.Timeline;
import com.breachdesk.timeline.TimelineEntry;
import com.breachdesk.timeline.TimelineKind;
import com.breachdesk.vocabulary.Coded;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * The timeline, entry by entry in id order, with the time of the event (stored form: UTC instant and the zone it
 * was entered in) and the time it was logged kept apart. Privileged entries only when the export includes them.
 */
final class TimelineSection implements CaseSection {

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public void export(ExportContext context, JsonGenerator out) throws IOException {
        List<TimelineEntry> entries = new ArrayList<>(context.timeline());
        entries.sort(Comparator.comparingLong(TimelineEntry::id));
        out.writeStartArray();
        for (TimelineEntry e : entries) {
            out.writeStartObject();
            out.writeNumberField("id", e.id());
            out.writeStringField("event_at", e.eventAt().encode());
            out.writeStringField("logged_at", e.loggedAt().toString());
            out.writeStringField("kind", e.kind().id());
            out.writeStringField("actor", e.actor());
            out.writeStringField("text", e.text());
            if (e.corrects().isPresent()) {
                out.writeNumberField("corrects", e.corrects().getAsLong());
            } else {
                out.writeNullField("corrects");
            }
            out.writeBooleanField("privileged", e.privileged());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    @Override
    public void restore(RestoreContext context, JsonParser in) throws IOException, SQLException {
        JsonNode entries = in.readValueAsTree();
        for (JsonNode n : entries) {
            String where = "timeline entry " + JsonValues.text(n, "id");
            Long corrects = JsonValues.longOrNull(n, "corrects");
            TimelineEntry e = new TimelineEntry(n.path("id").asLong(),
                    MomentInZone.decode(JsonValues.required(n, "event_at", where)).orElseThrow(),
                    JsonValues.instant(n, "logged_at"), Coded.parse(TimelineKind.class, JsonValues.required(n, "kind", where)),
                    JsonValues.required(n, "actor", where), JsonValues.required(n, "text", where),
                    corrects == null ? OptionalLong.empty() : OptionalLong.of(corrects), n.path("privileged").asBoolean(false));
            Timeline.restore(context.tx(), e);
        }
    }
}
