package com.breachdesk.ui.scope;

import com.breachdesk.roster.Person;
import com.breachdesk.roster.PersonField;
import com.breachdesk.vocabulary.Coded;

/** A person's fields as the form shows them (the same text the audit trail records). */
final class PersonFields {

    private PersonFields() {
    }

    static String text(Person p, PersonField field) {
        Person.Address a = p.address();
        return switch (field) {
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
            case JURISDICTION -> p.resolution().display();
            case CATEGORIES -> Coded.joinIds(p.categories());
            case NOTIFICATION_STATUS -> p.notificationStatus().id();
        };
    }
}
