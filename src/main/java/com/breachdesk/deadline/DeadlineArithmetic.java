package com.breachdesk.deadline;

import com.breachdesk.rules.Jurisdiction;
import com.breachdesk.rules.TimeLimit;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts a time limit from a start moment in a jurisdiction (see docs/adr/0005-deadline-arithmetic.md):
 * <ul>
 *   <li>hours are elapsed time: 72 h across a DST change is still 72 h;</li>
 *   <li>calendar days and months end at the end (23:59:59) of the last day in the jurisdiction's zone; the day
 *       of the start event is day 0;</li>
 *   <li>business days skip Saturdays, Sundays and the jurisdiction's public holidays; the nominal date counts
 *       weekends only, the effective date also skips holidays.</li>
 * </ul>
 */
public final class DeadlineArithmetic {

    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ENGLISH);
    private static final DateTimeFormatter SHOWN_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);

    private final HolidayCalendars holidays;

    public DeadlineArithmetic(HolidayCalendars holidays) {
        this.holidays = holidays;
    }

    /**
     * @param nominal   the deadline before holiday adjustment (equal to {@code effective} except for business days)
     * @param effective the deadline that counts
     * @param skipped   public holidays that were skipped ("2026-05-25 Memorial Day")
     * @param arithmetic the counting in words, without the rule citation
     */
    public record Deadline(ZonedDateTime nominal, ZonedDateTime effective, List<String> skipped, String arithmetic) {

        public Instant due() {
            return effective.toInstant();
        }
    }

    public Deadline add(Instant start, String startedBy, Jurisdiction jurisdiction, TimeLimit limit) {
        ZonedDateTime from = start.atZone(jurisdiction.zone());
        String zoneId = jurisdiction.zone().getId();
        return switch (limit.unit()) {
            case HOURS -> {
                ZonedDateTime due = from.plus(Duration.ofHours(limit.amount()));
                yield new Deadline(due, due, List.of(), limit + " from " + startedBy + " at " + SHOWN_MINUTES.format(from)
                        + " (" + zoneId + ") = " + SHOWN_MINUTES.format(due) + " (" + due.toInstant() + "); hours are elapsed time"
                        + (from.getOffset().equals(due.getOffset()) ? "" : ", the clock change in between does not add or remove any"));
            }
            case CALENDAR_DAYS -> {
                ZonedDateTime due = endOfDay(from.toLocalDate().plusDays(limit.amount()), jurisdiction);
                yield new Deadline(due, due, List.of(), limit + " from " + startedBy + " on " + from.toLocalDate()
                        + " (" + zoneId + ") = " + SHOWN.format(due) + "; a period in days ends at the end of its last day"
                        + " in the jurisdiction's time zone");
            }
            case MONTHS -> {
                ZonedDateTime due = endOfDay(from.toLocalDate().plusMonths(limit.amount()), jurisdiction);
                yield new Deadline(due, due, List.of(), limit + " from " + startedBy + " on " + from.toLocalDate()
                        + " (" + zoneId + ") = " + SHOWN.format(due) + "; months are counted per calendar (a day that does"
                        + " not exist in the last month becomes its last day) and end at the end of that day");
            }
            case BUSINESS_DAYS -> businessDays(from, startedBy, jurisdiction, limit);
        };
    }

    private Deadline businessDays(ZonedDateTime from, String startedBy, Jurisdiction jurisdiction, TimeLimit limit) {
        LocalDate nominal = from.toLocalDate();
        for (int counted = 0; counted < limit.amount(); ) {
            nominal = nominal.plusDays(1);
            if (!isWeekend(nominal)) {
                counted++;
            }
        }
        LocalDate effective = from.toLocalDate();
        List<String> skipped = new ArrayList<>();
        for (int counted = 0; counted < limit.amount(); ) {
            effective = effective.plusDays(1);
            if (isWeekend(effective)) {
                continue;
            }
            Optional<String> holiday = holidays.holiday(jurisdiction, effective);
            if (holiday.isPresent()) {
                skipped.add(effective + " " + holiday.get());
                continue;
            }
            counted++;
        }
        ZonedDateTime nominalDue = endOfDay(nominal, jurisdiction);
        ZonedDateTime due = endOfDay(effective, jurisdiction);
        String calendar = holidays.known(jurisdiction)
                ? "weekends and " + jurisdiction.name() + " public holidays"
                : "weekends only (no public-holiday calendar is available for " + jurisdiction.name() + ")";
        StringBuilder text = new StringBuilder().append(limit).append(" from ").append(startedBy).append(" on ")
                .append(from.toLocalDate()).append(" (").append(jurisdiction.zone().getId()).append("), skipping ")
                .append(calendar).append(" = ").append(SHOWN.format(due));
        if (!skipped.isEmpty()) {
            text.append("; holidays skipped: ").append(String.join(", ", skipped)).append(" (without them the nominal date")
                    .append(" would be ").append(nominal).append(")");
        }
        return new Deadline(nominalDue, due, List.copyOf(skipped), text.toString());
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    static ZonedDateTime endOfDay(LocalDate date, Jurisdiction jurisdiction) {
        return ZonedDateTime.of(date, END_OF_DAY, jurisdiction.zone());
    }

    /** "2026-04-01 23:59:59 MDT". */
    public static String shown(ZonedDateTime t) {
        return SHOWN.format(t);
    }
}
