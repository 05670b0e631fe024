package com.breachdesk.letters.store;

import java.time.Instant;
import java.time.LocalDate;

/** A letter batch as recorded in the case. {@code status} is running, complete, cancelled or failed. */
public record BatchRecord(long id, String outDir, String template, String filter, String kind, LocalDate letterDate,
                          Instant startedAt, String startedBy, String status, Long letters, Long pages,
                          String manifestSha256, Instant finishedAt) {

    public boolean finished() {
        return "complete".equals(status);
    }
}
