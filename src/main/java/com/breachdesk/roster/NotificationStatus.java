package com.breachdesk.roster;

import com.breachdesk.vocabulary.Coded;

/** Whether a person has been told about the breach yet; the letters step moves people along. */
public enum NotificationStatus implements Coded {
    PENDING("pending", "Not notified yet"),
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
