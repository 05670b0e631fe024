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
 * one it corrects; entries are never edited. A {@code privileged} entry is under legal privilege: reports
 * and exports leave it out unless asked to include it.
 */
public record TimelineEntry(long id, MomentInZone eventAt, Instant loggedAt, TimelineKind kind, String actor,
                            String text, OptionalLong corrects, boolean privileged) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An entry that is not privileged. */
    public TimelineEntry(long id, MomentInZone eventAt, Instant loggedAt, TimelineKind kind, String actor, String text,
                         OptionalLong corrects) {
        this(id, eventAt, loggedAt, kind, actor, text, corrects, false);
    }

    /**
     * The entry's content as the audit trail records it (stable key order). The privilege mark is written only
     * when set, so entries recorded before it existed keep the text their trail has.
     */
    public String auditText() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_at", eventAt.encode());
        m.put("logged_at", loggedAt.toString());
        m.put("kind", kind.id());
        m.put("actor", actor);
        m.put("text", text);
        m.put("corrects", corrects.isPresent() ? corrects.getAsLong() : null);
        if (privileged) {
            m.put("privileged", true);
        }
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
