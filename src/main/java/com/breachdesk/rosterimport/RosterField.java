package com.breachdesk.rosterimport;

import com.breachdesk.vocabulary.Coded;

/** The roster columns Breachdesk understands; a column mapping names which header feeds each. */
public enum RosterField implements Coded {
    EXTERNAL_ID("external_id", "External id"),
    FULL_NAME("full_name", "Full name"),
    FIRST_NAME("first_name", "First name"),
    LAST_NAME("last_name", "Last name"),
    EMAIL("email", "Email"),
    PHONE("phone", "Phone"),
    STREET_1("street_1", "Street line 1"),
    STREET_2("street_2", "Street line 2"),
    CITY("city", "City"),
    REGION("region", "State / province / region"),
    POSTAL_CODE("postal_code", "Postal code"),
    COUNTRY("country", "Country"),
    DATE_OF_BIRTH("date_of_birth", "Date of birth"),
    LANGUAGE("language", "Preferred language"),
    CATEGORIES("categories", "Data categories (per row)");

    private final String id;
    private final String label;

    RosterField(String id, String label) {
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
