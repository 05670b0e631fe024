package com.breachdesk.risk;

import com.breachdesk.casefile.StoredField;

/** The stored risk factors, the responder's decisions and overrides (one audited row per case). */
public enum AssessmentField implements StoredField {
    EASE_OF_IDENTIFICATION("ease_of_identification"),
    VULNERABLE_SUBJECTS("vulnerable_subjects"),
    RESTORED_WITHIN_HOURS("restored_within_hours"),
    RECIPIENT_TRUSTED("recipient_trusted"),
    MISUSE_OBSERVED("misuse_observed"),
    PUBLISHED("published"),
    CREDENTIALS("credentials"),
    DISPROPORTIONATE_EFFORT("disproportionate_effort"),
    /** GDPR Art. 95: the breach is in connection with the provider's electronic communications service. */
    ECOMMS_SERVICE_RELATED("ecomms_service_related"),
    /** The organization handled the breached data as a processor for another controller. */
    PROCESSOR_ROLE("processor_role"),
    /** Assess draft laws as if in force (off by default). */
    INCLUDE_DRAFTS("include_drafts"),
    OVERRIDE_LEVEL("override_level"),
    OVERRIDE_NOTIFY_AUTHORITY("override_notify_authority"),
    OVERRIDE_NOTIFY_INDIVIDUALS("override_notify_individuals"),
    OVERRIDE_JUSTIFICATION("override_justification");

    private final String column;

    AssessmentField(String column) {
        this.column = column;
    }

    @Override
    public String column() {
        return column;
    }

    public static AssessmentField byColumn(String column) {
        for (AssessmentField f : values()) {
            if (f.column.equals(column)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown assessment field '" + column + "'");
    }
}
