package com.breachdesk.vocabulary;

/** Sector flags of an organization; rule conditions name these ids. */
public enum Sector implements Coded {
    ELECTRONIC_COMMUNICATIONS("electronic_communications",
            "Provider of publicly available electronic communications services (incl. VoIP)"),
    HEALTH("health", "Health care (covered entity / provider)"),
    HEALTH_APP("health_app", "Vendor of personal health records / health app"),
    FINANCIAL("financial", "Financial institution"),
    PUBLIC_COMPANY("public_company", "Publicly traded company"),
    ESSENTIAL_OR_IMPORTANT_ENTITY("essential_or_important_entity", "NIS2 essential or important entity"),
    INSURANCE("insurance", "Insurance"),
    GOVERNMENT("government", "Government body");

    private final String id;
    private final String label;

    Sector(String id, String label) {
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
