package com.breachdesk.organization;

import com.breachdesk.casefile.CaseFile;
import com.breachdesk.casefile.SingleRowTable;

import java.util.Map;

/** Reads and writes the organization profile stored in a case; every changed field is audited. */
public final class OrganizationRecord {

    public static final SingleRowTable<OrganizationField> TABLE =
            new SingleRowTable<>("organization", OrganizationField.class);

    private final CaseFile caseFile;

    public OrganizationRecord(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    public OrganizationProfile load() {
        return new OrganizationProfile(caseFile.read(TABLE::load));
    }

    public OrganizationProfile set(OrganizationField field, String storedValue) {
        return caseFile.write(tx -> {
            TABLE.set(tx, field, storedValue);
            return new OrganizationProfile(TABLE.load(tx.connection()));
        });
    }

    /** Replaces the whole profile in one transaction (fields absent from {@code profile} are cleared). */
    public OrganizationProfile replace(OrganizationProfile profile) {
        return caseFile.write(tx -> {
            for (OrganizationField field : OrganizationField.values()) {
                TABLE.set(tx, field, profile.values().get(field));
            }
            return new OrganizationProfile(TABLE.load(tx.connection()));
        });
    }

    public void setAll(Map<OrganizationField, String> values) {
        caseFile.write(tx -> {
            TABLE.setAll(tx, values);
            return null;
        });
    }
}
