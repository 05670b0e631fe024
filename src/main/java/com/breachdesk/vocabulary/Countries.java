package com.breachdesk.vocabulary;

import java.util.Locale;
import java.util.Set;

/** Country codes the rules care about, checked against the JDK's ISO 3166 tables. */
public final class Countries {

    /** The 27 EU member states (ISO 3166-1 alpha-2; Greece is GR). */
    public static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    /** EEA states outside the EU, where the GDPR also applies. */
    public static final Set<String> EEA_NON_EU = Set.of("IS", "LI", "NO");

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isIsoAlpha2(String code) {
        return code != null && ISO.contains(code);
    }

    public static boolean isEu(String code) {
        return EU.contains(code);
    }

    public static boolean isEea(String code) {
        return EU.contains(code) || EEA_NON_EU.contains(code);
    }

    /** English name of an ISO code, or the code itself when unknown. */
    public static String name(String code) {
        if (!isIsoAlpha2(code)) {
            return code;
        }
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
