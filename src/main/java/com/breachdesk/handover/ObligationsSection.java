package com.breachdesk.handover;

import com.breachdesk.deadline.Completion;
import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.obligations.ObligationStore;
import com.breachdesk.obligations.ObligationStore.GivenNotice;
import com.breachdesk.obligations.ObligationStore.StoredObligation;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The obligations as last assessed (each with the rule, rule version and rule pack version that produced it) and
 * the notices given (when, channel, reference, who recorded it and when).
 */
final class ObligationsSection implements CaseSection {

    @Override
    public String name() {
        return "obligations";
    }

    @Override
    public void export(ExportContext context, JsonGenerator out) throws IOException {
        ObligationStore store = context.session().obligations();
        out.writeStartObject();
        out.writeArrayFieldStart("assessed");
        for (StoredObligation o : store.snapshot()) {
            out.writeStartObject();
            out.writeStringField("rule_id", o.key().ruleId());
            out.writeStringField("jurisdiction", o.key().jurisdiction());
            out.writeNumberField("rule_version", o.ruleVersion());
            out.writeStringField("rule_pack_version", o.rulePackVersion());
            instant(out, "assessed_at", o.assessedAt());
            out.writeStringField("recipient_type", o.recipientType());
            out.writeStringField("recipient_name", o.recipientName());
            out.writeStringField("phase", o.phase());
            out.writeStringField("status", o.status());
            out.writeStringField("why", o.why());
            out.writeStringField("clock_start", o.clockStart());
            instant(out, "clock_started_at", o.clockStartedAt());
            out.writeStringField("zone", o.zone());
            instant(out, "nominal_due", o.nominalDue());
            instant(out, "due", o.due());
            instant(out, "not_before", o.notBefore());
            out.writeStringField("explanation", o.explanation());
            strings(out, "reasons", o.reasons());
            strings(out, "missing", o.missing());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("notices_given");
        for (GivenNotice g : store.given()) {
            out.writeStartObject();
            out.writeStringField("rule_id", g.key().ruleId());
            out.writeStringField("jurisdiction", g.key().jurisdiction());
            out.writeNumberField("rule_version", g.ruleVersion());
            instant(out, "done_at", g.completion().doneAt());
            out.writeStringField("channel", g.completion().channel());
            out.writeStringField("reference", g.completion().reference());
            out.writeStringField("recorded_by", g.completion().recordedBy());
            instant(out, "recorded_at", g.completion().recordedAt());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void instant(JsonGenerator out, String field, Instant value) throws IOException {
        out.writeStringField(field, value == null ? null : value.toString());
    }

    private static void strings(JsonGenerator out, String field, List<String> values) throws IOException {
        out.writeArrayFieldStart(field);
        for (String v : values) {
            out.writeString(v);
        }
        out.writeEndArray();
    }

    @Override
    public void restore(RestoreContext context, JsonParser in) throws IOException, SQLException {
        JsonNode node = in.readValueAsTree();
        List<StoredObligation> rows = new ArrayList<>();
        for (JsonNode n : node.path("assessed")) {
            String where = "obligation " + JsonValues.text(n, "rule_id");
            rows.add(new StoredObligation(new ObligationKey(JsonValues.required(n, "rule_id", where),
                    JsonValues.required(n, "jurisdiction", where)), n.path("rule_version").asInt(),
                    JsonValues.required(n, "rule_pack_version", where), JsonValues.instant(n, "assessed_at"),
                    JsonValues.required(n, "recipient_type", where), JsonValues.required(n, "recipient_name", where),
                    JsonValues.text(n, "phase"), JsonValues.required(n, "status", where), JsonValues.text(n, "why"),
                    JsonValues.required(n, "clock_start", where), JsonValues.instant(n, "clock_started_at"),
                    JsonValues.required(n, "zone", where), JsonValues.instant(n, "nominal_due"), JsonValues.instant(n, "due"),
                    JsonValues.instant(n, "not_before"), JsonValues.required(n, "explanation", where),
                    JsonValues.strings(n, "reasons"), JsonValues.strings(n, "missing")));
        }
        ObligationStore.restoreSnapshot(context.tx(), rows);
        for (JsonNode n : node.path("notices_given")) {
            String where = "notice given " + JsonValues.text(n, "rule_id");
            ObligationStore.restoreGiven(context.tx(), new GivenNotice(new ObligationKey(
                    JsonValues.required(n, "rule_id", where), JsonValues.required(n, "jurisdiction", where)),
                    n.path("rule_version").asInt(), new Completion(JsonValues.instant(n, "done_at"),
                    JsonValues.text(n, "channel"), JsonValues.text(n, "reference"),
                    JsonValues.required(n, "recorded_by", where), JsonValues.instant(n, "recorded_at"))));
        }
    }
}
