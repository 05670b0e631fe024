package com.breachdesk.letters.store;

import java.time.Instant;

/** One generated letter file as recorded in the case: who it is for, what it was made from, and its hash. */
public record LetterRecord(long batchId, long position, String personId, String fingerprint, String file, int pages,
                           String sha256, String templateId, int templateVersion, Instant generatedAt) {
}
