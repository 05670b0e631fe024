package com.breachdesk.deadline;

import com.breachdesk.rules.Jurisdiction;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public holidays per jurisdiction, from jollyday's maintained calendars (no hand-written list). Only public
 * holidays count, not bank holidays or observances. Results are cached per calendar, subdivision and year, so an
 * instance can be shared; it holds no case data.
 */
public final class HolidayCalendars {

    private final Map<String, HolidayManager> managers = new ConcurrentHashMap<>();
    private final Map<String, Map<LocalDate, String>> years = new ConcurrentHashMap<>();

    /**
     * Loads the calendars of these jurisdictions for {@code year} on a background thread, so that the first
     * business-day deadline does not wait for jollyday to read its XML. Safe to call more than once.
     */
    public void preload(java.util.Collection<Jurisdiction> jurisdictions, int year) {
        Thread t = new Thread(() -> jurisdictions.forEach(j -> holiday(j, LocalDate.of(year, 1, 1))), "holiday-preload");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Starts reading one jollyday calendar on a background thread before any rule is known, so that jollyday's XML
     * set-up overlaps the rule pack load on the other core. Callers pass the calendar most assessments need.
     */
    public void warmUp(String calendarId) {
        Thread t = new Thread(() -> managers.computeIfAbsent(calendarId,
                id -> HolidayManager.getInstance(ManagerParameters.create(id))), "holiday-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Whether the jurisdiction has a holiday calendar at all. */
    public boolean known(Jurisdiction jurisdiction) {
        return jurisdiction.holidayCalendar() != null;
    }

    /** The name of the public holiday on {@code date} in that jurisdiction, if it is one. */
    public Optional<String> holiday(Jurisdiction jurisdiction, LocalDate date) {
        if (!known(jurisdiction)) {
            return Optional.empty();
        }
        String key = jurisdiction.holidayCalendar() + "/" + String.join("/", jurisdiction.subdivisions()) + "/" + date.getYear();
        // computeIfAbsent: a lookup that arrives while the preload reads the same year waits for it, not twice the work.
        Map<LocalDate, String> holidays = years.computeIfAbsent(key, k -> load(jurisdiction, date.getYear()));
        return Optional.ofNullable(holidays.get(date));
    }

    private Map<LocalDate, String> load(Jurisdiction jurisdiction, int year) {
        HolidayManager manager = managers.computeIfAbsent(jurisdiction.holidayCalendar(),
                id -> HolidayManager.getInstance(ManagerParameters.create(id)));
        Map<LocalDate, String> out = new ConcurrentHashMap<>();
        for (Holiday h : manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY,
                jurisdiction.subdivisions().toArray(String[]::new))) {
            out.put(h.getDate(), h.getDescription(java.util.Locale.ENGLISH));
        }
        return out;
    }
}
