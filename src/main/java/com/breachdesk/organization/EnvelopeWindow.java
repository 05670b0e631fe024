package com.breachdesk.organization;

import com.breachdesk.vocabulary.Coded;

/** Where the recipient address must sit so it shows through the envelope window. */
public enum EnvelopeWindow implements Coded {
    DL_LEFT("dl_left", "DL / C5, window on the left"),
    US_10("us_10", "US #10");

    private final String id;
    private final String label;

    EnvelopeWindow(String id, String label) {
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
