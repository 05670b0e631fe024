package com.breachdesk.rosterimport;

import java.util.List;

/** One record of a roster file: its fields, or why it could not be read. {@code line} is where it starts (1 = header). */
public sealed interface CsvRow {

    long line();

    record Parsed(long line, List<String> fields) implements CsvRow {
    }

    /** {@code raw} is the record's text as written in the file, for the rejects file. */
    record Malformed(long line, String raw, String reason) implements CsvRow {
    }
}
