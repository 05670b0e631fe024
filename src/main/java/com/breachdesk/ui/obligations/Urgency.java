package com.breachdesk.ui.obligations;

/** How close a deadline is; the board colours rows by it. */
public enum Urgency {
    OVERDUE("overdue"), WITHIN_24_HOURS("within 24 hours"), WITHIN_72_HOURS("within 72 hours"), LATER("later"),
    NO_DEADLINE("no fixed deadline"), DONE("done"), NOT_REQUIRED("not required");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** CSS style class of a row with this urgency. */
    public String styleClass() {
        return "urgency-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
