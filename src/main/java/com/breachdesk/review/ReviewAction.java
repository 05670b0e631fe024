package com.breachdesk.review;

import com.breachdesk.vocabulary.Coded;

/** What can be done to a version of a draft; {@link ReviewState#after} says which actions each state allows. */
public enum ReviewAction implements Coded {
    SUBMIT("submit", "submit for review"),
    REQUEST_CHANGES("request_changes", "request changes"),
    APPROVE("approve", "approve"),
    EDIT("edit", "edit (a new version)"),
    SUPERSEDE("supersede", "supersede");

    private final String id;
    private final String label;

    ReviewAction(String id, String label) {
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
