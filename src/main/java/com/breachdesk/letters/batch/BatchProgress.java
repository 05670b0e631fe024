package com.breachdesk.letters.batch;

import java.time.Duration;

/** How far a batch is: letters done of total (skipped = already generated earlier), rate and time left. */
public record BatchProgress(long done, long total, long skipped, double lettersPerSecond, Duration remaining) {

    public double fraction() {
        return total == 0 ? 1 : (double) done / total;
    }
}
