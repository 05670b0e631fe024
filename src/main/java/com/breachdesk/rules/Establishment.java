package com.breachdesk.rules;

import com.breachdesk.vocabulary.Coded;

/** GDPR routing: which supervisory authority receives the notice. */
public enum Establishment implements Coded {
    NO_EU_MAIN_ESTABLISHMENT("no_eu_main_establishment", "No main establishment in the EU/EEA (every affected state's authority)"),
    EU_MAIN_ESTABLISHMENT("eu_main_establishment", "Main establishment in the EU/EEA (lead authority)");

    private final String id;
    private final String label;

    Establishment(String id, String label) {
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
