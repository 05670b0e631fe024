package com.breachdesk.letters.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A letter batch as recorded in the case. {@code status} is running, complete, cancelled or failed;
 * {@code source} says where its recipients came from ({@code roster}, or {@code file NAME} for a mailing file;
 * null for batches recorded before it was kept).
 */
public record BatchRecord(long id, String outDir, String template, String filter, String kind, LocalDate letterDate,
                          Instant startedAt, String startedBy, String status, Long letters, Long pages,
                          String manifestSha256, Instant finishedAt, String source) {

    public static final String ROSTER = "roster";

    public boolean finished() {
        return "complete".equals(status);
    }

    public boolean fromRoster() {
        return ROSTER.equals(source);
    }
}
