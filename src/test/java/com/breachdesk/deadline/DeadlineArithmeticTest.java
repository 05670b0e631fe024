package com.breachdesk.deadline;

import com.breachdesk.rules.Jurisdiction;
import com.breachdesk.rules.LimitUnit;
import com.breachdesk.rules.TimeLimit;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineArithmeticTest {

    private final DeadlineArithmetic arithmetic = new DeadlineArithmetic(new HolidayCalendars());
    private final Jurisdiction warsaw = new Jurisdiction("PL", "Poland", ZoneId.of("Europe/Warsaw"), null, "PL", List.of(), null);
    private final Jurisdiction noHolidays = new Jurisdiction("KR", "South Korea", ZoneId.of("Asia/Seoul"), null, null, List.of(), null);

    @Test
    void seventyTwoHoursAcrossTheAutumnClockChangeAreStillSeventyTwoElapsedHours() {
        Instant start = Instant.parse("2026-10-24T10:00:00Z");
        var d = arithmetic.add(start, "became aware", warsaw, new TimeLimit(72, LimitUnit.HOURS));
        assertThat(d.due()).isEqualTo(Instant.parse("2026-10-27T10:00:00Z"));
        assertThat(d.arithmetic()).contains("the clock change in between does not add or remove any");
    }

    @Test
    void calendarDaysCountFromTheLocalDateOfTheStartNotTheUtcDate() {
        // 22:30Z is 23:30 on 2 March in Warsaw; 23:30Z is already 3 March there.
        var d = arithmetic.add(Instant.parse("2026-03-02T22:30:00Z"), "discovery", warsaw, new TimeLimit(3, LimitUnit.CALENDAR_DAYS));
        assertThat(d.due()).isEqualTo(Instant.parse("2026-03-05T22:59:59Z"));
        var next = arithmetic.add(Instant.parse("2026-03-02T23:30:00Z"), "discovery", warsaw, new TimeLimit(3, LimitUnit.CALENDAR_DAYS));
        assertThat(next.due()).isEqualTo(Instant.parse("2026-03-06T22:59:59Z"));
    }

    @Test
    void aMonthFromTheLastDayOfJanuaryEndsOnTheLastDayOfFebruary() {
        var d = arithmetic.add(Instant.parse("2026-01-31T09:00:00Z"), "notification", warsaw, new TimeLimit(1, LimitUnit.MONTHS));
        assertThat(d.due()).isEqualTo(Instant.parse("2026-02-28T22:59:59Z"));
    }

    @Test
    void businessDaysSkipPolishPublicHolidays() {
        // Thursday 30 April 2026; 1 May (Labour Day) and 3 May (Constitution Day, a Sunday) are holidays.
        var d = arithmetic.add(Instant.parse("2026-04-30T08:00:00Z"), "awareness", warsaw, new TimeLimit(1, LimitUnit.BUSINESS_DAYS));
        assertThat(d.effective().toLocalDate()).hasToString("2026-05-04");
        assertThat(d.nominal().toLocalDate()).hasToString("2026-05-01");
        assertThat(d.skipped()).containsExactly("2026-05-01 Labour day");
    }

    @Test
    void withoutAHolidayCalendarBusinessDaysSkipWeekendsOnlyAndSaySo() {
        var d = arithmetic.add(Instant.parse("2026-03-06T01:00:00Z"), "awareness", noHolidays, new TimeLimit(1, LimitUnit.BUSINESS_DAYS));
        assertThat(d.effective().toLocalDate()).hasToString("2026-03-09");
        assertThat(d.arithmetic()).contains("weekends only (no public-holiday calendar is available for South Korea)");
    }
}
