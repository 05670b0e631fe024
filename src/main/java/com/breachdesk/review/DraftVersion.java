package com.breachdesk.review;

import java.time.Instant;

/**
 * One version of a draft: the whole template text (front matter and body) as it stood, fixed once created.
 * {@code sha256} is over the UTF-8 text; an approval records it, and final letters carry it in their manifest.
 */
public record DraftVersion(long draftId, String templateId, int version, String text, String sha256, String note,
                           String createdBy, Instant createdAt, ReviewState state) {

    public String label() {
        return Draft.label(templateId, version);
    }
}
