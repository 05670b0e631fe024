package com.breachdesk.delivery;

import com.breachdesk.vocabulary.Coded;

/** How a notice went out. */
public enum SendChannel implements Coded {
    POST("post", "Post"),
    EMAIL("email", "Email"),
    PORTAL("portal", "Regulator portal");

    private final String id;
    private final String label;

    SendChannel(String id, String label) {
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
