package com.breachdesk.deadline;

import java.time.Instant;
import java.util.Objects;

/** A notice marked as given: when, how (channel) and the reference the recipient gave (e.g. a case number). */
public record Completion(Instant doneAt, String channel, String reference, String recordedBy, Instant recordedAt) {

    public Completion {
        Objects.requireNonNull(doneAt, "doneAt");
    }
}
