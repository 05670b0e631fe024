package com.breachdesk.rules;

import java.util.Objects;

/** A number of units counted from the clock start: "72 hours", "30 calendar days". */
public record TimeLimit(int amount, LimitUnit unit) {

    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1) {
            throw new IllegalArgumentException("a time limit must be at least 1 " + unit.label());
        }
    }

    @Override
    public String toString() {
        return amount + " " + (amount == 1 ? singular(unit) : unit.label());
    }

    private static String singular(LimitUnit unit) {
        return switch (unit) {
            case HOURS -> "hour";
            case CALENDAR_DAYS -> "calendar day";
            case BUSINESS_DAYS -> "business day";
            case MONTHS -> "month";
        };
    }
}
