package com.breachdesk.rosterimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates of birth without guessing: ISO ({@code 1990-04-25}) and day.month.year
 * ({@code 25.04.1990}, the Ukrainian and European form) always; slashed dates only with a format in
 * the mapping, or when one part is over 12 ({@code 25/04/1990}). {@code 04/05/1990} alone stays unread.
 */
final class DatesOfBirth {

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ].*)?");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})");

    private final DateTimeFormatter format;

    DatesOfBirth(String pattern) {
        if (pattern == null) {
            this.format = null;
        } else {
            try {
                this.format = DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu")).withResolverStyle(ResolverStyle.STRICT);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + pattern + "' is not a date format (try dd/MM/yyyy or MM/dd/yyyy)", e);
            }
        }
    }

    Optional<LocalDate> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        if (format != null) {
            try {
                return Optional.of(LocalDate.parse(s, format));
            } catch (DateTimeException e) {
                // fall through to the unambiguous forms
            }
        }
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4) && digits(s, 5, 7)
                && digits(s, 8, 10)) {
            return date(s.substring(0, 4), s.substring(5, 7), s.substring(8, 10)); // the common case, without a regex
        }
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = DOTTED.matcher(s);
        if (m.matches()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        m = SLASHED.matcher(s);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a > 12 && b <= 12) {
                return date(m.group(3), m.group(2), m.group(1));
            }
            if (b > 12 && a <= 12) {
                return date(m.group(3), m.group(1), m.group(2));
            }
        }
        return Optional.empty();
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
