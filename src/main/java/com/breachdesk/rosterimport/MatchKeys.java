package com.breachdesk.rosterimport;

import com.breachdesk.roster.Person;

/**
 * What identifies a person across rosters: an external id (within its namespace), an email folded to
 * lower case, a phone in E.164. Names never do: two different people share names all the time.
 */
enum MatchKeys {
    EXTERNAL_ID("external_id"), EMAIL("email"), PHONE("phone");

    private final String id;

    MatchKeys(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    /** The key text of a person for this kind, or null when the person has none. */
    String of(Person p) {
        return switch (this) {
            case EXTERNAL_ID -> p.externalId() == null ? null : p.idNamespace() + "\u0001" + p.externalId();
            case EMAIL -> p.emailKey();
            case PHONE -> p.phoneE164();
        };
    }

    String of(String namespace, String externalId, String emailKey, String phoneE164) {
        return switch (this) {
            case EXTERNAL_ID -> externalId == null ? null : namespace + "\u0001" + externalId;
            case EMAIL -> emailKey;
            case PHONE -> phoneE164;
        };
    }
}
