package com.breachdesk.casefile;

/** A field of a one-row record (the incident, the organization profile), stored as text in one column. */
public interface StoredField {

    /** Column name; also the field's name in the audit trail and in JSON. */
    String column();
}
