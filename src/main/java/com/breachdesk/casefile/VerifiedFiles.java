package com.breachdesk.casefile;

import java.nio.file.Path;

/**
 * Remembers case files Breachdesk itself closed cleanly, so reopening an unchanged file can skip the
 * full {@code PRAGMA integrity_check} (seconds on a million-person case) and run SQLite's
 * {@code quick_check} instead. A file that changed since, or was never seen, gets the full check.
 */
public interface VerifiedFiles {

    /** True when {@code file} is exactly as Breachdesk last closed it. */
    boolean unchangedSinceClosed(Path file, FileFingerprint now);

    /** Records the state a case file was left in after Breachdesk closed it. */
    void closed(Path file, FileFingerprint state);

    /** Always runs the full check. */
    static VerifiedFiles none() {
        return new VerifiedFiles() {
            @Override
            public boolean unchangedSinceClosed(Path file, FileFingerprint now) {
                return false;
            }

            @Override
            public void closed(Path file, FileFingerprint state) {
                // nothing remembered
            }
        };
    }
}
