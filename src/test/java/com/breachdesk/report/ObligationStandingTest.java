package com.breachdesk.report;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** How late or early a notice is, in the words the report prints. */
class ObligationStandingTest {

    @Test
    void spansReadAsDaysHoursAndMinutes() {
        assertThat(Durations.text(Duration.ofMinutes(3 * 24 * 60 + 4 * 60 + 59))).isEqualTo("3 d 4 h");
        assertThat(Durations.text(Duration.ofMinutes(200))).isEqualTo("3 h 20 min");
        assertThat(Durations.text(Duration.ofMinutes(45))).isEqualTo("45 min");
        assertThat(Durations.text(Duration.ofSeconds(20))).isEqualTo("less than a minute");
    }

    @Test
    void marginTextSaysEarlyLateOverdueOrDueIn() {
        assertThat(new ObligationStanding(null, Standing.MET, Duration.ofHours(5)).marginText()).isEqualTo("5 h early");
        assertThat(new ObligationStanding(null, Standing.LATE, Duration.ofHours(26)).marginText()).isEqualTo("1 d 2 h late");
        assertThat(new ObligationStanding(null, Standing.MISSED, Duration.ofMinutes(90)).marginText())
                .isEqualTo("overdue by 1 h 30 min");
        assertThat(new ObligationStanding(null, Standing.PENDING, Duration.ofHours(10)).marginText()).isEqualTo("due in 10 h");
        assertThat(new ObligationStanding(null, Standing.PENDING, null).marginText()).isEqualTo("no deadline yet");
    }
}
