package com.breachdesk.jurisdiction;

import java.util.Optional;

/**
 * Decides where a person lives for breach-law purposes from what a roster row gives, in order of
 * trust: the address (country, then state or province, then the postal code), and only when the
 * address names no country, the phone number's country. Anything else stays unresolved.
 * Thread-safe after construction; building it loads the name tables (~100 ms), so share one.
 */
public final class JurisdictionResolver {

    private final CountryNames countries;
    private final Subdivisions subdivisions;
    private final PostalCodes postalCodes;
    private final PhoneNumbers phones;
    private static final int ADDRESS_CACHE_LIMIT = 100_000;
    private final java.util.concurrent.ConcurrentHashMap<String, Optional<Resolution>> addressCache =
            new java.util.concurrent.ConcurrentHashMap<>();

    public JurisdictionResolver() {
        this(new CountryNames(), new Subdivisions(), new PostalCodes(), new PhoneNumbers());
    }

    public JurisdictionResolver(CountryNames countries, Subdivisions subdivisions, PostalCodes postalCodes,
                                PhoneNumbers phones) {
        this.countries = countries;
        this.subdivisions = subdivisions;
        this.postalCodes = postalCodes;
        this.phones = phones;
    }

    public PhoneNumbers phones() {
        return phones;
    }

    /** The parts of a row that can place a person. Any of them may be null or blank. */
    public record Clues(String country, String region, String postalCode, String phone) {
    }

    public Resolution resolve(Clues clues) {
        // Rosters repeat the same few thousand country/region/postal combinations: remember them.
        String key = clues.country() + '\u0000' + clues.region() + '\u0000' + clues.postalCode();
        Optional<Resolution> byAddress = addressCache.get(key);
        if (byAddress == null) {
            byAddress = byAddress(clues);
            if (addressCache.size() < ADDRESS_CACHE_LIMIT) {
                addressCache.put(key, byAddress);
            }
        }
        if (byAddress.isPresent()) {
            return byAddress.get();
        }
        return phones.country(clues.phone())
                .map(c -> new Resolution(Subdivisions.jurisdictionOfCountry(c), ResolutionMethod.PHONE, Confidence.LOW))
                .orElse(Resolution.unresolved());
    }

    private Optional<Resolution> byAddress(Clues clues) {
        Optional<String> country = countries.resolve(clues.country());
        if (country.isPresent()) {
            return Optional.of(withinCountry(country.get(), clues));
        }
        // A state or province written in the country column or named without a country: only names
        // that fit one subdivision anywhere ("Texas", "Ontario"), never "WA" or "NT".
        Optional<String> subdivision = subdivisions.resolveWithoutCountry(clues.region())
                .or(() -> subdivisions.resolveWithoutCountry(clues.country()));
        return subdivision.map(s -> new Resolution(s, ResolutionMethod.ADDRESS, Confidence.MEDIUM));
    }

    private Resolution withinCountry(String country, Clues clues) {
        String jurisdiction = Subdivisions.jurisdictionOfCountry(country);
        if (!jurisdiction.equals(country) || !Subdivisions.COUNTRIES.contains(country)) {
            return new Resolution(jurisdiction, ResolutionMethod.ADDRESS, Confidence.HIGH);
        }
        Optional<String> stated = subdivisions.resolve(country, clues.region());
        if (stated.isPresent()) {
            return new Resolution(stated.get(), ResolutionMethod.ADDRESS, Confidence.HIGH);
        }
        Optional<String> fromPostalCode = switch (country) {
            case "US" -> postalCodes.usState(clues.postalCode());
            case "CA" -> postalCodes.canadianProvince(clues.postalCode());
            default -> Optional.empty();
        };
        return fromPostalCode
                .map(s -> new Resolution(s, ResolutionMethod.POSTAL_CODE, Confidence.MEDIUM))
                .orElseGet(() -> new Resolution(country, ResolutionMethod.ADDRESS, Confidence.HIGH));
    }
}
