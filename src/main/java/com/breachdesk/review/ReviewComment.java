package com.breachdesk.review;

import com.breachdesk.privilege.Privileged;

import java.time.Instant;

/**
 * A reviewer's comment on one paragraph of a draft version. The anchor is the paragraph's index (0-based, as
 * {@link Paragraphs} splits the text) and a short quote of it, so the UI can show where it points even after
 * the text moved on. Comments belong to the draft: an unresolved one blocks approval of every later version.
 */
public record ReviewComment(long id, long draftId, int version, int paragraph, String quote, String text,
                            String author, Instant createdAt, boolean privileged, String resolvedBy,
                            Instant resolvedAt) implements Privileged {

    public boolean resolved() {
        return resolvedAt != null;
    }
}
