package com.breachdesk.jurisdiction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Subdivision from a postal code, for addresses that give the code but not the state: US ZIP Codes by
 * their three-digit prefix ({@code /jurisdiction/us-zip3.csv}, from the USPS prefix assignments) and
 * Canadian postal codes by their first letter (Canada Post's postal districts).
 */
public final class PostalCodes {

    private final String[] zip3 = new String[1000];
    private final List<int[]> zip5Ranges = new ArrayList<>();
    private final List<String> zip5States = new ArrayList<>();

    public PostalCodes() {
        try (InputStream in = PostalCodes.class.getResourceAsStream("/jurisdiction/us-zip3.csv")) {
            if (in == null) {
                throw new IllegalStateException("us-zip3.csv is missing from the build");
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
                String[] p = line.split(",");
                int from = Integer.parseInt(p[0]);
                int to = Integer.parseInt(p[1]);
                String state = "US-" + p[2];
                if (p[0].length() == 3) {
                    for (int i = from; i <= to; i++) {
                        zip3[i] = state;
                    }
                } else {
                    zip5Ranges.add(new int[] {from, to});
                    zip5States.add(state);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The US state (ISO 3166-2) of a ZIP Code: {@code 94105}, {@code 94105-1234}, {@code 941051234}. A
     * four-digit code is read as a ZIP whose leading zero a spreadsheet dropped ({@code 2134} = 02134),
     * since no US ZIP has four digits.
     */
    public Optional<String> usState(String postalCode) {
        String digits = zipDigits(postalCode);
        if (digits == null) {
            return Optional.empty();
        }
        int zip5 = Integer.parseInt(digits.substring(0, 5));
        for (int i = 0; i < zip5Ranges.size(); i++) {
            int[] r = zip5Ranges.get(i);
            if (zip5 >= r[0] && zip5 <= r[1]) {
                return Optional.of(zip5States.get(i));
            }
        }
        return Optional.ofNullable(zip3[zip5 / 100]);
    }

    private static String zipDigits(String postalCode) {
        if (postalCode == null) {
            return null;
        }
        String s = postalCode.strip();
        int dash = s.indexOf('-');
        if (dash >= 0) {
            String plus4 = s.substring(dash + 1).strip();
            if (plus4.length() != 4 || !allDigits(plus4)) {
                return null;
            }
            s = s.substring(0, dash).strip();
        }
        if (s.length() == 9 && allDigits(s)) {
            s = s.substring(0, 5);
        }
        if (s.length() == 4 && allDigits(s)) {
            s = "0" + s;
        }
        return s.length() == 5 && allDigits(s) ? s : null;
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The province of a Canadian postal code ({@code H2X 1Y4} → Quebec) from its first letter. X serves
     * both the Northwest Territories and Nunavut, so it resolves to nothing.
     */
    public Optional<String> canadianProvince(String postalCode) {
        if (postalCode == null) {
            return Optional.empty();
        }
        String s = postalCode.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        if (!s.matches("[A-Z][0-9][A-Z]([0-9][A-Z][0-9])?")) {
            return Optional.empty();
        }
        String province = switch (s.charAt(0)) {
            case 'A' -> "CA-NL";
            case 'B' -> "CA-NS";
            case 'C' -> "CA-PE";
            case 'E' -> "CA-NB";
            case 'G', 'H', 'J' -> "CA-QC";
            case 'K', 'L', 'M', 'N', 'P' -> "CA-ON";
            case 'R' -> "CA-MB";
            case 'S' -> "CA-SK";
            case 'T' -> "CA-AB";
            case 'V' -> "CA-BC";
            case 'Y' -> "CA-YT";
            default -> null;
        };
        return Optional.ofNullable(province);
    }
}
