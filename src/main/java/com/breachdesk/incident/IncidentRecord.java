package com.breachdesk.incident;

import com.breachdesk.casefile.CaseFile;
import com.breachdesk.casefile.SingleRowTable;

import java.util.Map;

/**
 * Reads and writes a case's incident record. Each call is one transaction; each changed field is one
 * audit-trail entry with its old and new value.
 */
public final class IncidentRecord {

    public static final SingleRowTable<IncidentField> TABLE = new SingleRowTable<>("incident", IncidentField.class);

    private final CaseFile caseFile;

    public IncidentRecord(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    public Incident load() {
        return new Incident(caseFile.read(TABLE::load));
    }

    /** Stores one field (already in stored form, see {@link IncidentField#normalize}); returns the new incident. */
    public Incident set(IncidentField field, String storedValue) {
        return caseFile.write(tx -> {
            TABLE.set(tx, field, storedValue);
            return new Incident(TABLE.load(tx.connection()));
        });
    }

    /** Stores several fields in one transaction. */
    public Incident setAll(Map<IncidentField, String> storedValues) {
        return caseFile.write(tx -> {
            TABLE.setAll(tx, storedValues);
            return new Incident(TABLE.load(tx.connection()));
        });
    }
}
