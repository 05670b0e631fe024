package com.breachdesk.timeline;

import com.breachdesk.vocabulary.Coded;

/** What a timeline entry records. */
public enum TimelineKind implements Coded {
    DETECTION("detection", "Detection"),
    CONTAINMENT("containment", "Containment"),
    DECISION("decision", "Decision"),
    NOTIFICATION("notification", "Notification"),
    COMMUNICATION("communication", "Communication"),
    NOTE("note", "Note");

    private final String id;
    private final String label;

    TimelineKind(String id, String label) {
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
