package com.breachdesk.rosterimport;

import java.time.Duration;
import java.util.Optional;

/**
 * How far an import has got: rows read, bytes of the file read out of its size, speed, and the time
 * left at that speed (estimated from bytes, since the row count is not known until the end). Once every row is
 * read the import is {@code finishing}: it rebuilds the scope index and saves, which takes seconds for a million
 * people and has no row count to show.
 */
public record ImportProgress(long rowsRead, long bytesRead, long totalBytes, double rowsPerSecond,
                             Optional<Duration> timeLeft, boolean finishing) {

    /** 0..1 */
    public double fraction() {
        return totalBytes <= 0 ? 0 : Math.min(1.0, (double) bytesRead / totalBytes);
    }
}
