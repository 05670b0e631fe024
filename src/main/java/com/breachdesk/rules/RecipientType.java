package com.breachdesk.rules;

import com.breachdesk.vocabulary.Coded;

/** Who receives a notice. {@code attorney_general} covers any state-level agency the statute names. */
public enum RecipientType implements Coded {
    REGULATOR("regulator", "Regulator"),
    ATTORNEY_GENERAL("attorney_general", "Attorney general / state agency"),
    INDIVIDUALS("individuals", "Affected individuals"),
    CONSUMER_REPORTING_AGENCIES("consumer_reporting_agencies", "Consumer reporting agencies"),
    MEDIA("media", "Media"),
    LAW_ENFORCEMENT("law_enforcement", "Law enforcement"),
    OTHER("other", "Other");

    private final String id;
    private final String label;

    RecipientType(String id, String label) {
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
