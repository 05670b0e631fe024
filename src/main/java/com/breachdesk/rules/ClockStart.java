package com.breachdesk.rules;

import java.util.Objects;

/**
 * Where a rule's clock starts. {@code obligation} names the other rule for {@link ClockEvent#AFTER_OBLIGATION};
 * {@code of} names the incident event whose calendar year counts for {@link ClockEvent#END_OF_CALENDAR_YEAR}.
 */
public record ClockStart(ClockEvent event, String obligation, ClockEvent of) {

    public ClockStart {
        Objects.requireNonNull(event, "event");
    }

    /** The incident fact this clock ultimately depends on (for end-of-year clocks, the event whose year counts). */
    public ClockEvent incidentEvent() {
        return event == ClockEvent.END_OF_CALENDAR_YEAR ? of : event;
    }
}
