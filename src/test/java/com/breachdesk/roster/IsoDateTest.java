package com.breachdesk.roster;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IsoDateTest {

    @Test
    void writesEveryDateAsLocalDateDoes() {
        for (LocalDate d = LocalDate.of(1899, 12, 25); d.isBefore(LocalDate.of(2031, 1, 8)); d = d.plusDays(1)) {
            assertThat(PersonStore.isoDate(d)).isEqualTo(d.toString());
        }
        for (int year : new int[] {-1, 0, 7, 999, 1000, 9999, 10_000, 123_456}) {
            LocalDate d = LocalDate.of(year, 2, 3);
            assertThat(PersonStore.isoDate(d)).isEqualTo(d.toString());
        }
    }
}
