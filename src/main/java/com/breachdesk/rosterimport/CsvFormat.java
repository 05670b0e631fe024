package com.breachdesk.rosterimport;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * How a roster file is written: its encoding, how many bytes of byte-order mark precede the text, and
 * the field separator.
 */
public record CsvFormat(Charset encoding, int bomLength, char delimiter) {

    public CsvFormat {
        Objects.requireNonNull(encoding);
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("The delimiter cannot be a quote or a line break");
        }
    }

    /** The delimiter as people name it: "," ";" "tab" "|". */
    public String delimiterName() {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }

    /** Parses a delimiter as given on the command line or in a preset: one character, or "tab". */
    public static char parseDelimiter(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("The delimiter is empty; use , ; | or tab");
        }
        if (text.equalsIgnoreCase("tab") || text.equals("\\t") || text.equals("\t")) {
            return '\t';
        }
        if (text.length() != 1) {
            throw new IllegalArgumentException("The delimiter must be one character (, ; |) or 'tab', not '" + text + "'");
        }
        return text.charAt(0);
    }
}
