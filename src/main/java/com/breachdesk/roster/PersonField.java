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

    /** This field of {@code p} as text: what the form shows and the audit trail records (null when empty). */
    public String of(Person p) {
        Person.Address a = p.address();
        return switch (this) {
            case FULL_NAME -> p.fullName();
            case EMAIL -> p.email();
            case PHONE -> p.phone();
            case STREET -> a.street();
            case CITY -> a.city();
            case REGION -> a.region();
            case POSTAL_CODE -> a.postalCode();
            case COUNTRY -> a.country();
            case DATE_OF_BIRTH -> p.dateOfBirth() == null ? null : p.dateOfBirth().toString();
            case LANGUAGE -> p.language();
            case JURISDICTION -> p.resolution().jurisdiction();
            case CATEGORIES -> Coded.joinIds(p.categories());
            case NOTIFICATION_STATUS -> p.notificationStatus().id();
        };
    }
}
