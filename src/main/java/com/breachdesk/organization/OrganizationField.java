package com.breachdesk.organization;

import com.breachdesk.casefile.StoredField;

/** Every field of the organization profile. List fields hold comma-separated ids; the inventory holds JSON. */
public enum OrganizationField implements StoredField {
    LEGAL_NAME("legal_name", "Legal name"),
    ADDRESS("address", "Address"),
    REGISTRATION_NUMBER("registration_number", "Registration number"),
    CONTACT_NAME("contact_name", "Contact name"),
    CONTACT_EMAIL("contact_email", "Contact email"),
    CONTACT_PHONE("contact_phone", "Contact phone"),
    DPO_NAME("dpo_name", "Data protection officer"),
    DPO_EMAIL("dpo_email", "DPO email"),
    ESTABLISHMENTS("establishments", "Establishments (ISO country codes)"),
    EU_MAIN_ESTABLISHMENT("eu_main_establishment", "EU main establishment"),
    SECTORS("sectors", "Sectors"),
    DATA_INVENTORY("data_inventory", "Data inventory"),
    PAPER_SIZE("paper_size", "Paper size"),
    ENVELOPE_WINDOW("envelope_window", "Envelope window");

    private final String column;
    private final String label;

    OrganizationField(String column, String label) {
        this.column = column;
        this.label = label;
    }

    @Override
    public String column() {
        return column;
    }

    public String label() {
        return label;
    }

    public static OrganizationField byColumn(String column) {
        for (OrganizationField f : values()) {
            if (f.column.equals(column)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown organization field '" + column + "'");
    }
}
