package com.breachdesk.jurisdiction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * US states and territories, Canadian provinces and Australian states by name or postal abbreviation,
 * to ISO 3166-2 codes. Data: {@code /jurisdiction/subdivisions.csv}.
 */
public final class Subdivisions {

    /** Countries whose residents are counted per subdivision. */
    public static final Set<String> COUNTRIES = Set.of("US", "CA", "AU");

    /** ISO country codes of US territories, which the rule pack names as US subdivisions. */
    private static final Map<String, String> US_TERRITORIES = Map.of(
            "PR", "US-PR", "GU", "US-GU", "VI", "US-VI", "AS", "US-AS", "MP", "US-MP");

    /** country → folded name or abbreviation → ISO 3166-2 code. */
    private final Map<String, Map<String, String>> byCountry = new HashMap<>();
    /** folded name or abbreviation → code, only where it names one subdivision across all countries. */
    private final Map<String, String> unambiguous = new HashMap<>();

    public Subdivisions() {
        Map<String, Set<String>> seen = new HashMap<>();
        try (InputStream in = Subdivisions.class.getResourceAsStream("/jurisdiction/subdivisions.csv")) {
            if (in == null) {
                throw new IllegalStateException("subdivisions.csv is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] parts = line.split(",", 3);
                String code = parts[0];
                String country = code.substring(0, 2);
                Map<String, String> names = byCountry.computeIfAbsent(country, c -> new HashMap<>());
                add(names, seen, PlaceNames.fold(parts[1]), code);
                add(names, seen, PlaceNames.fold(code), code);
                for (String name : parts[2].split("\\|")) {
                    add(names, seen, PlaceNames.fold(name), code);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        seen.forEach((name, found) -> {
            if (found.size() == 1) {
                unambiguous.put(name, found.iterator().next());
            }
        });
    }

    private static void add(Map<String, String> names, Map<String, Set<String>> seen, String name, String code) {
        names.put(name, code);
        seen.computeIfAbsent(name, n -> new HashSet<>()).add(code);
    }

    /** The subdivision of {@code country} named by {@code text} (name, abbreviation or ISO code). */
    public Optional<String> resolve(String country, String text) {
        Map<String, String> names = byCountry.get(country);
        if (names == null) {
            return Optional.empty();
        }
        String folded = PlaceNames.fold(text);
        String code = names.get(folded);
        if (code == null) {
            code = names.get(PlaceNames.compact(folded));
        }
        return Optional.ofNullable(code);
    }

    /**
     * A subdivision named without its country. Only names that fit exactly one subdivision count:
     * "WA" (Washington or Western Australia) and "NT" stay unresolved.
     */
    public Optional<String> resolveWithoutCountry(String text) {
        String folded = PlaceNames.fold(text);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(unambiguous.get(folded));
    }

    /** The jurisdiction code for a country: US territories become US subdivisions, as the rule pack names them. */
    public static String jurisdictionOfCountry(String country) {
        return US_TERRITORIES.getOrDefault(country, country);
    }
}
