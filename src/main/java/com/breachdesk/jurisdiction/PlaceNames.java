package com.breachdesk.jurisdiction;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a place name to the form used for lookups, so "U.S.A.", "usa " and "Usa" meet, and "Québec"
 * meets "Quebec": lower case, accents dropped, punctuation and runs of spaces collapsed to one space.
 */
final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PlaceNames() {
    }

    static String fold(String name) {
        if (name == null) {
            return "";
        }
        String s = name.strip();
        if (s.isEmpty()) {
            return s;
        }
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c < 128 && (Character.isLetterOrDigit(c) || c == ' ') ;
        }
        if (plain) {
            // The common case (an ASCII code or name): skip the regexes.
            return s.toLowerCase(Locale.ROOT).replaceAll(" {2,}", " ");
        }
        s = s.replace('’', '\'').replace("'", "").replace("&", " and ");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return s;
    }

    /** The folded name without spaces, so "U S A" and "USA" meet. */
    static String compact(String folded) {
        return folded.indexOf(' ') < 0 ? folded : folded.replace(" ", "");
    }
}
