package com.breachdesk.letters.data;

import java.util.Map;

/** Names of the subdivisions letters are addressed to by jurisdiction (US states, DC and territories). */
final class Subdivisions {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("US-AL", "Alabama"),
            Map.entry("US-AK", "Alaska"),
            Map.entry("US-AZ", "Arizona"),
            Map.entry("US-AR", "Arkansas"),
            Map.entry("US-CA", "California"),
            Map.entry("US-CO", "Colorado"),
            Map.entry("US-CT", "Connecticut"),
            Map.entry("US-DE", "Delaware"),
            Map.entry("US-DC", "District of Columbia"),
            Map.entry("US-FL", "Florida"),
            Map.entry("US-GA", "Georgia"),
            Map.entry("US-HI", "Hawaii"),
            Map.entry("US-ID", "Idaho"),
            Map.entry("US-IL", "Illinois"),
            Map.entry("US-IN", "Indiana"),
            Map.entry("US-IA", "Iowa"),
            Map.entry("US-KS", "Kansas"),
            Map.entry("US-KY", "Kentucky"),
            Map.entry("US-LA", "Louisiana"),
            Map.entry("US-ME", "Maine"),
            Map.entry("US-MD", "Maryland"),
            Map.entry("US-MA", "Massachusetts"),
            Map.entry("US-MI", "Michigan"),
            Map.entry("US-MN", "Minnesota"),
            Map.entry("US-MS", "Mississippi"),
            Map.entry("US-MO", "Missouri"),
            Map.entry("US-MT", "Montana"),
            Map.entry("US-NE", "Nebraska"),
            Map.entry("US-NV", "Nevada"),
            Map.entry("US-NH", "New Hampshire"),
            Map.entry("US-NJ", "New Jersey"),
            Map.entry("US-NM", "New Mexico"),
            Map.entry("US-NY", "New York"),
            Map.entry("US-NC", "North Carolina"),
            Map.entry("US-ND", "North Dakota"),
            Map.entry("US-OH", "Ohio"),
            Map.entry("US-OK", "Oklahoma"),
            Map.entry("US-OR", "Oregon"),
            Map.entry("US-PA", "Pennsylvania"),
            Map.entry("US-RI", "Rhode Island"),
            Map.entry("US-SC", "South Carolina"),
            Map.entry("US-SD", "South Dakota"),
            Map.entry("US-TN", "Tennessee"),
            Map.entry("US-TX", "Texas"),
            Map.entry("US-UT", "Utah"),
            Map.entry("US-VT", "Vermont"),
            Map.entry("US-VA", "Virginia"),
            Map.entry("US-WA", "Washington"),
            Map.entry("US-WV", "West Virginia"),
            Map.entry("US-WI", "Wisconsin"),
            Map.entry("US-WY", "Wyoming"),
            Map.entry("US-PR", "Puerto Rico"),
            Map.entry("US-GU", "Guam"),
            Map.entry("US-VI", "U.S. Virgin Islands"),
            Map.entry("US-AS", "American Samoa"),
            Map.entry("US-MP", "Northern Mariana Islands"));

    private Subdivisions() {
    }

    static String name(String code) {
        return NAMES.get(code);
    }
}
