package com.breachdesk.letters.data;

import java.util.List;

/**
 * One field of the letter data model. Root fields have dotted paths ({@code person.name}); fields of a
 * list's items have plain names ({@code line}) and are reached inside the list's section.
 */
public record DataField(String path, Kind kind, String description, List<DataField> itemFields) {

    public enum Kind {
        /** Text printed as written. */
        TEXT,
        /** Yes/no: only for sections ({@code {{#incident.malicious}}...{{/incident.malicious}}}). */
        FLAG,
        /** Repeated items: a section runs once per item. */
        LIST
    }

    public DataField {
        itemFields = List.copyOf(itemFields);
    }

    static DataField text(String path, String description) {
        return new DataField(path, Kind.TEXT, description, List.of());
    }

    static DataField flag(String path, String description) {
        return new DataField(path, Kind.FLAG, description, List.of());
    }

    static DataField list(String path, String description, DataField... items) {
        return new DataField(path, Kind.LIST, description, List.of(items));
    }
}
