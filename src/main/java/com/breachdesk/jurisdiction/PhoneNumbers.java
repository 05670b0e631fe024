package com.breachdesk.jurisdiction;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.Optional;

/**
 * Phone numbers in E.164 form (for matching the same person across rosters) and the country a number
 * belongs to (for people with no usable address), using Google's libphonenumber metadata.
 */
public final class PhoneNumbers {

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    /**
     * The number in E.164 ({@code +380441234567}), or empty when it is not a possible number.
     * {@code country} (ISO alpha-2, may be null) is used to read numbers written without a country code.
     */
    public Optional<String> e164(String raw, String country) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String fast = plainInternational(raw);
        if (fast != null) {
            return Optional.of(fast);
        }
        return parse(raw, country).map(n -> util.format(n, PhoneNumberFormat.E164));
    }

    /** The country (ISO alpha-2) that issued a number written with its country code, if the metadata knows it. */
    public Optional<String> country(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (!s.startsWith("+") && !s.startsWith("00")) {
            // Without a country code a number says nothing about its country.
            return Optional.empty();
        }
        return parse(s, null).filter(util::isValidNumber).map(util::getRegionCodeForNumber)
                .filter(r -> !PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(r));
    }

    private Optional<PhoneNumber> parse(String raw, String country) {
        String s = raw.strip();
        if (s.startsWith("00")) {
            s = "+" + s.substring(2);
        }
        try {
            PhoneNumber n = util.parse(s, country == null ? "ZZ" : country);
            return util.isPossibleNumber(n) ? Optional.of(n) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A number already written internationally with only digits, spaces, dashes and dots
     * ({@code +1 415-555-0100}) is E.164 once the separators go. Parsing every number with
     * libphonenumber costs ~10 µs, which a million-row import cannot afford; anything else (brackets,
     * a trunk "(0)", national formats) still goes through the library.
     */
    private static String plainInternational(String raw) {
        String s = raw.strip();
        int start;
        if (s.startsWith("+")) {
            start = 1;
        } else if (s.startsWith("00")) {
            start = 2;
        } else {
            return null;
        }
        StringBuilder digits = new StringBuilder(16).append('+');
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-' && c != '.') {
                return null;
            }
        }
        int n = digits.length() - 1;
        // E.164: at most 15 digits; no country code starts with 0.
        if (n < 8 || n > 15 || digits.charAt(1) == '0') {
            return null;
        }
        return digits.toString();
    }
}
