package com.breachdesk.timeline;

import com.breachdesk.time.MomentInZone;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One dated entry of the incident timeline. {@code eventAt} is when it happened (as entered, with its
 * zone); {@code loggedAt} is when it was written down. A correction is a new entry that points at the
 * one it corrects; entries are never edited.
 */
public record TimelineEntry(long id, MomentInZone eventAt, Instant loggedAt, TimelineKind kind, String actor,
                            String text, OptionalLong corrects) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The entry's content as the audit trail records it (stable key order). */
    public String auditText() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_at", eventAt.encode());
        m.put("logged_at", loggedAt.toString());
        m.put("kind", kind.id());
        m.put("actor", actor);
        m.put("text", text);
        m.put("corrects", corrects.isPresent() ? corrects.getAsLong() : null);
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
