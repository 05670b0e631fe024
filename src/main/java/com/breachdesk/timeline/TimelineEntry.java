package com.breachdesk.timeline;

import com.breachdesk.privilege.Privileged;
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
 * one it corrects; entries are never edited. {@code privileged} (legal privilege) is set when the entry is written
 * and keeps it out of exports and reports unless they are asked to include it.
 */
public record TimelineEntry(long id, MomentInZone eventAt, Instant loggedAt, TimelineKind kind, String actor,
                            String text, OptionalLong corrects, boolean privileged) implements Privileged {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An entry without legal privilege. */
    public TimelineEntry(long id, MomentInZone eventAt, Instant loggedAt, TimelineKind kind, String actor,
                         String text, OptionalLong corrects) {
        this(id, eventAt, loggedAt, kind, actor, text, corrects, false);
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** The entry's content as the audit trail records it (stable key order). */
    public String auditText() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_at", eventAt.encode());
        m.put("logged_at", loggedAt.toString());
        m.put("kind", kind.id());
        m.put("actor", actor);
        // A privileged note's words stay out of the audit trail (which is exported); its hash still proves them.
        m.put("text", privileged ? "sha256:" + sha256(text) : text);
        m.put("corrects", corrects.isPresent() ? corrects.getAsLong() : null);
        if (privileged) {
            // Only when set: entries written before the flag existed keep the audit text they were recorded with.
            m.put("privileged", true);
        }
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
