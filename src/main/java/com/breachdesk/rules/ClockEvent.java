package com.breachdesk.rules;

import com.breachdesk.vocabulary.Coded;

/** The event a statute's clock starts from. */
public enum ClockEvent implements Coded {
    AWARE_AT("aware_at", "became aware"),
    DISCOVERED_AT("discovered_at", "discovery"),
    DETERMINED_AT("determined_at", "determination that a breach occurred"),
    /** Reg. 611/2013 "detection" = sufficient awareness; resolves to the incident's aware_at. */
    DETECTED("detected", "detection (sufficient awareness)"),
    OCCURRED_AT("occurred_at", "the breach occurring"),
    /** Counted from the moment another obligation was completed. */
    AFTER_OBLIGATION("after_obligation", "completion of another notice"),
    /** Counted from the end of the calendar year in which another event ({@code of}) happened. */
    END_OF_CALENDAR_YEAR("end_of_calendar_year", "the end of the calendar year");

    private final String id;
    private final String label;

    ClockEvent(String id, String label) {
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

    /** Events that are facts of the incident itself (not derived from other obligations or the calendar). */
    public boolean isIncidentFact() {
        return this != AFTER_OBLIGATION && this != END_OF_CALENDAR_YEAR;
    }
}
