package com.breachdesk.organization;

import com.breachdesk.vocabulary.Coded;

/** Paper the organization prints letters and reports on. */
public enum PaperSize implements Coded {
    A4("a4", "A4"),
    LETTER("letter", "US Letter");

    private final String id;
    private final String label;

    PaperSize(String id, String label) {
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
