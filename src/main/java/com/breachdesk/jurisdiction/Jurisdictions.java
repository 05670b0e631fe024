package com.breachdesk.jurisdiction;

import com.breachdesk.vocabulary.Countries;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks jurisdiction codes typed by people (a manual fix): ISO 3166-1 alpha-2 or ISO 3166-2. */
public final class Jurisdictions {

    private static final Pattern SUBDIVISION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

    private Jurisdictions() {
    }

    /** The code in upper case, or an IllegalArgumentException saying what a valid code looks like. */
    public static String requireValid(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        boolean ok = c.length() == 2 ? Countries.isIsoAlpha2(c)
                : SUBDIVISION.matcher(c).matches() && Countries.isIsoAlpha2(c.substring(0, 2));
        if (!ok) {
            throw new IllegalArgumentException("'" + code + "' is not a jurisdiction code. Use an ISO 3166 country "
                    + "code such as UA or DE, or a subdivision such as US-CA or CA-QC.");
        }
        return c.length() == 2 ? Subdivisions.jurisdictionOfCountry(c) : c;
    }
}
