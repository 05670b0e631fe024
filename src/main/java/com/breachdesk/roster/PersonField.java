package com.breachdesk.roster;

import com.breachdesk.vocabulary.Coded;

/** The parts of a person a responder can correct by hand (each change audited). */
public enum PersonField implements Coded {
    FULL_NAME("full_name", "Name"),
    EMAIL("email", "Email"),
    PHONE("phone", "Phone"),
    STREET("street", "Street"),
    CITY("city", "City"),
    REGION("region", "State / region"),
    POSTAL_CODE("postal_code", "Postal code"),
    COUNTRY("country", "Country (as written)"),
    DATE_OF_BIRTH("date_of_birth", "Date of birth"),
    LANGUAGE("language", "Preferred language"),
    JURISDICTION("jurisdiction", "Jurisdiction"),
    CATEGORIES("categories", "Data categories"),
    NOTIFICATION_STATUS("notification_status", "Notification status");

    private final String id;
    private final String label;

    PersonField(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Also the column name. */
    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }
}
