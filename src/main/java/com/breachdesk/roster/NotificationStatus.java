package com.breachdesk.roster;

import com.breachdesk.vocabulary.Coded;

/**
 * Whether a person has been told about the breach yet. The letters step moves people along: a completed letter
 * batch takes its people from pending to letter_generated, and marking the batch as sent (after legal review)
 * takes them on to sent. Hand edits can set any status.
 */
public enum NotificationStatus implements Coded {
    PENDING("pending", "Not notified yet"),
    LETTER_GENERATED("letter_generated", "Letter generated, not sent yet"),
    SENT("sent", "Notice sent"),
    UNDELIVERABLE("undeliverable", "Notice could not be delivered"),
    NOT_REQUIRED("not_required", "No notice required");

    private final String id;
    private final String label;

    NotificationStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }
}
