package com.breachdesk.letters.store;

/** A saved print volume of a batch: letters at positions {@code firstPosition .. firstPosition + letters - 1}. */
public record PrintVolumeRecord(long batchId, int volume, String file, long firstPosition, int letters, int pages,
                                String sha256) {
}
