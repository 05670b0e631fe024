package com.breachdesk.handover;

import com.breachdesk.estimates.EstimatedCounts;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Map;

/** Estimated affected people per jurisdiction (entered before a roster exists): {@code {"PL": 1900}}. */
final class EstimatesSection implements CaseSection {

    @Override
    public String name() {
        return "estimates";
    }

    @Override
    public void export(ExportContext context, JsonGenerator out) throws IOException {
        out.writeStartObject();
        for (Map.Entry<String, Long> e : context.session().estimates().load().entrySet()) {
            out.writeNumberField(e.getKey(), e.getValue());
        }
        out.writeEndObject();
    }

    @Override
    public void restore(RestoreContext context, JsonParser in) throws IOException, SQLException {
        JsonNode node = in.readValueAsTree();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().canConvertToLong() || e.getValue().asLong() < 0) {
                throw new IllegalArgumentException("Section \"estimates\": " + e.getKey() + " is not a count of people");
            }
            EstimatedCounts.restore(context.tx(), e.getKey(), e.getValue().asLong());
        }
    }
}
