package com.breachdesk.jurisdiction;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a country written the way rosters write it: ISO 3166-1 alpha-2 and alpha-3 codes, the
 * country's name in English, Ukrainian, Russian and the main EU languages (from the JDK's CLDR locale
 * data, so no hand-kept list of 250 names), plus the short forms CLDR does not give ("USA", "U.S.",
 * "UK", "Great Britain", "England", "Холландия"...).
 */
public final class CountryNames {

    /** Languages whose country names are accepted. */
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, new Locale("uk"), new Locale("ru"),
            Locale.GERMAN, Locale.FRENCH, new Locale("es"), Locale.ITALIAN, new Locale("pl"), new Locale("pt"),
            new Locale("nl"), new Locale("ro"), new Locale("cs"));

    /** Common forms that are not a locale's display name. Keys are folded (see {@link PlaceNames}). */
    private static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("usa", "US"), Map.entry("us", "US"), Map.entry("united states of america", "US"),
            Map.entry("united states", "US"), Map.entry("america", "US"), Map.entry("сша", "US"),
            Map.entry("сполучені штати америки", "US"), Map.entry("соединенные штаты америки", "US"),
            Map.entry("uk", "GB"), Map.entry("great britain", "GB"), Map.entry("britain", "GB"),
            Map.entry("england", "GB"), Map.entry("scotland", "GB"), Map.entry("wales", "GB"),
            Map.entry("northern ireland", "GB"), Map.entry("united kingdom of great britain and northern ireland", "GB"),
            Map.entry("велика британія", "GB"), Map.entry("великобританія", "GB"), Map.entry("британія", "GB"),
            Map.entry("англія", "GB"), Map.entry("англия", "GB"), Map.entry("великобритания", "GB"),
            Map.entry("украина", "UA"), Map.entry("украіна", "UA"), Map.entry("ukraina", "UA"),
            Map.entry("holland", "NL"), Map.entry("the netherlands", "NL"),
            Map.entry("czech republic", "CZ"), Map.entry("чехія", "CZ"),
            Map.entry("russian federation", "RU"), Map.entry("рф", "RU"), Map.entry("росія", "RU"),
            Map.entry("republic of moldova", "MD"), Map.entry("moldova republic of", "MD"),
            Map.entry("south korea", "KR"), Map.entry("republic of korea", "KR"), Map.entry("korea republic of", "KR"),
            Map.entry("turkey", "TR"), Map.entry("turkiye", "TR"), Map.entry("туреччина", "TR"),
            Map.entry("uae", "AE"), Map.entry("ivory coast", "CI"), Map.entry("vatican", "VA"),
            Map.entry("macedonia", "MK"), Map.entry("north macedonia", "MK"), Map.entry("swaziland", "SZ"),
            Map.entry("burma", "MM"), Map.entry("east timor", "TL"), Map.entry("cape verde", "CV"),
            Map.entry("deutschland", "DE"), Map.entry("polska", "PL"), Map.entry("білорусь", "BY"),
            Map.entry("беларусь", "BY"), Map.entry("belarus", "BY"), Map.entry("молдова", "MD"));

    private final Map<String, String> byName;

    public CountryNames() {
        Map<String, String> names = new HashMap<>();
        Set<String> codes = Set.of(Locale.getISOCountries());
        for (String code : codes) {
            Locale country = new Locale("", code);
            for (Locale language : LANGUAGES) {
                String name = PlaceNames.fold(country.getDisplayCountry(language));
                if (!name.isEmpty() && !name.equalsIgnoreCase(code)) {
                    names.putIfAbsent(name, code);
                }
            }
            try {
                names.putIfAbsent(country.getISO3Country().toLowerCase(Locale.ROOT), code);
            } catch (java.util.MissingResourceException ignored) {
                // a code without an alpha-3 form: its alpha-2 code and names still resolve
            }
        }
        VARIANTS.forEach(names::put);
        // Alpha-2 codes last, so a code wins over a name that folds to the same two letters.
        for (String code : codes) {
            names.put(code.toLowerCase(Locale.ROOT), code);
        }
        names.put("uk", "GB");
        this.byName = Map.copyOf(names);
    }

    /** The ISO 3166-1 alpha-2 code, or empty when the text names no country this table knows. */
    public Optional<String> resolve(String text) {
        String folded = PlaceNames.fold(text);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        String code = byName.get(folded);
        if (code == null) {
            code = byName.get(PlaceNames.compact(folded));
        }
        if (code == null && folded.startsWith("the ")) {
            code = byName.get(folded.substring(4));
        }
        return Optional.ofNullable(code);
    }
}
