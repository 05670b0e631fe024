package com.breachdesk.handover;

import com.breachdesk.roster.ScopeSummary;
import com.breachdesk.vocabulary.DataCategory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;
import java.util.Comparator;
import java.util.Map;

/**
 * The scope summary: people per jurisdiction and data category, unresolved, minors. Computed from the roster when
 * exported, so it is there even when the roster is not; on import it is read past, because the new case computes
 * it again from the people it receives.
 */
final class ScopeSection implements CaseSection {

    @Override
    public String name() {
        return "scope_summary";
    }

    @Override
    public void export(ExportContext context, JsonGenerator out) throws IOException {
        ScopeSummary s = context.session().roster().summary();
        out.writeStartObject();
        out.writeNumberField("people", s.people());
        out.writeNumberField("unresolved", s.unresolved());
        out.writeNumberField("minors_under_16", s.minorsUnder16());
        out.writeNumberField("minors_under_18", s.minorsUnder18());
        out.writeStringField("minors_as_of", s.minorsAsOf().toString());
        out.writeArrayFieldStart("jurisdictions");
        for (ScopeSummary.JurisdictionCount j : s.jurisdictions().stream()
                .sorted(Comparator.comparing(ScopeSummary.JurisdictionCount::jurisdiction)).toList()) {
            out.writeStartObject();
            out.writeStringField("jurisdiction", j.jurisdiction());
            out.writeNumberField("people", j.people());
            out.writeObjectFieldStart("categories");
            for (Map.Entry<DataCategory, Long> c : j.categories().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                out.writeNumberField(c.getKey().id(), c.getValue());
            }
            out.writeEndObject();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    @Override
    public void restore(RestoreContext context, JsonParser in) throws IOException {
        in.skipChildren();
    }
}
