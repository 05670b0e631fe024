package com.breachdesk.rules;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A place whose law a rule applies: its time zone (for a multi-zone state, the capital's, and {@code zoneNote}
 * says so) and the public-holiday calendar that business days skip ({@code holidayCalendar} is a jollyday
 * calendar id such as {@code US}, {@code subdivisions} its hierarchy path such as {@code [ca]}; null = none known).
 */
public record Jurisdiction(String code, String name, ZoneId zone, String zoneNote, String holidayCalendar,
                           List<String> subdivisions, String holidayNote) {

    public Jurisdiction {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(zone, "zone");
        subdivisions = subdivisions == null ? List.of() : List.copyOf(subdivisions);
    }
}
