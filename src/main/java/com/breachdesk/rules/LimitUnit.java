package com.breachdesk.rules;

import com.breachdesk.vocabulary.Coded;

/** The unit of a time limit; each has its own arithmetic (see DeadlineArithmetic). */
public enum LimitUnit implements Coded {
    HOURS("hours", "hours"),
    CALENDAR_DAYS("calendar_days", "calendar days"),
    BUSINESS_DAYS("business_days", "business days"),
    MONTHS("months", "months");

    private final String id;
    private final String label;

    LimitUnit(String id, String label) {
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
