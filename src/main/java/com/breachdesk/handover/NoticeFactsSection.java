package com.breachdesk.handover;

import com.breachdesk.letters.store.NoticeFacts;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Map;

/** The notice facts letters print (likely consequences, advice, references), by key. */
final class NoticeFactsSection implements CaseSection {

    @Override
    public String name() {
        return "notice_facts";
    }

    @Override
    public void export(ExportContext context, JsonGenerator out) throws IOException {
        out.writeStartObject();
        for (Map.Entry<String, String> e : context.session().letters().noticeFacts().load().entrySet()) {
            out.writeStringField(e.getKey(), e.getValue());
        }
        out.writeEndObject();
    }

    @Override
    public void restore(RestoreContext context, JsonParser in) throws IOException, SQLException {
        NoticeFacts.restore(context.tx(), JsonValues.textMap(in.readValueAsTree()));
    }
}
