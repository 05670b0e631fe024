package com.breachdesk.obligations;

import com.breachdesk.vocabulary.Countries;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks jurisdiction codes typed by people: ISO 3166-1 alpha-2 ({@code PL}) or ISO 3166-2 ({@code US-CA}). */
public final class Jurisdictions {

    private static final Pattern SUBDIVISION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

    private Jurisdictions() {
    }

    public static String normalize(String input, String where) {
        String code = input == null ? "" : input.strip().toUpperCase(Locale.ROOT);
        boolean ok = code.length() == 2 ? Countries.isIsoAlpha2(code)
                : SUBDIVISION.matcher(code).matches() && Countries.isIsoAlpha2(code.substring(0, 2));
        if (!ok) {
            throw new IllegalArgumentException(where + "'" + input + "' is not a jurisdiction code (ISO 3166-1 such as PL,"
                    + " or ISO 3166-2 such as US-CA)");
        }
        return code;
    }
}
