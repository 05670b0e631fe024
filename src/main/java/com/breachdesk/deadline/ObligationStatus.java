package com.breachdesk.deadline;

import com.breachdesk.vocabulary.Coded;

/** Whether a notice must be given; "needs information" when a fact it depends on is not recorded. */
public enum ObligationStatus implements Coded {
    REQUIRED("required", "Required"),
    NOT_REQUIRED("not_required", "Not required"),
    NEEDS_INFORMATION("needs_information", "Needs information");

    private final String id;
    private final String label;

    ObligationStatus(String id, String label) {
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
