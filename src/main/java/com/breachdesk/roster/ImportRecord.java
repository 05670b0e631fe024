package com.breachdesk.roster;

import java.time.Instant;
import java.util.Optional;

/**
 * One roster import as the case remembers it: what was read (file name, SHA-256, encoding, delimiter,
 * the column mapping as JSON), what came of it, and who did it when.
 */
public record ImportRecord(long id, String fileName, String sha256, String encoding, String delimiter, String mapping,
                           Counts counts, Optional<String> rejectsFile, String importedBy, Instant importedAt,
                           Status status, Optional<String> rolledBackBy, Optional<Instant> rolledBackAt) {

    /**
     * {@code read}: data rows in the file; {@code imported}: new people; {@code merged}: rows folded into
     * a person already in the roster; {@code rejected}: rows written to the rejects file;
     * {@code unresolved}: new people whose jurisdiction is unknown.
     */
    public record Counts(long read, long imported, long merged, long rejected, long unresolved) {
    }

    public enum Status {
        ACTIVE("active"), ROLLED_BACK("rolled_back");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        static Status of(String id) {
            for (Status s : values()) {
                if (s.id.equals(id)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("Unknown import status " + id);
        }
    }
}
