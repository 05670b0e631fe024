package com.breachdesk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic roster CSV, the same bytes for the same size every time (fixed seed): mixed
 * countries (US states by name, code or only a ZIP; Canada; the EU; the UK; Ukraine in Latin and
 * Cyrillic), about 3% duplicates written differently (email case, phone format), quoted addresses with
 * embedded newlines, and about 0.1% broken rows (wrong field count, unterminated quote).
 */
public final class RosterGenerator {

    static final String HEADER = "Customer ID,Full Name,Email,Phone,Address,City,State,ZIP,Country,Date of Birth,Card number";

    private static final String[] US_STATES = {"CA", "California", "NY", "TX", "Texas", "FL", "WA", "IL", "MA", "NJ"};
    private static final String[] US_ZIPS = {"94105", "10001", "73301", "33101", "98101", "60601", "02134", "07030"};
    private static final String[][] ABROAD = {
            {"Україна", "Київ", ""}, {"Ukraine", "Lviv", ""}, {"UA", "Odesa", ""}, {"Poland", "Warszawa", ""},
            {"Deutschland", "Berlin", ""}, {"UK", "London", ""}, {"United Kingdom", "Leeds", ""}, {"France", "Paris", ""},
            {"Canada", "Montréal", "QC"}, {"Canada", "Calgary", "Alberta"}, {"Kyiv", "", ""}, {"", "", ""}};
    private static final String[] FIRST = {"Olena", "Taras", "Anna", "John", "Maria", "Petro", "Emily", "Jan", "Sofia", "Ivan"};
    private static final String[] LAST = {"Shevchenko", "Kovalenko", "Smith", "Nowak", "Müller", "Бондаренко", "Lee", "Garcia"};

    private RosterGenerator() {
    }

    public static void write(Path file, int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(20260302L + rows);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 1; i <= rows; i++) {
                int roll = random.nextInt(1000);
                if (roll == 0) {
                    out.write(i + ",Broken Row," + i + "@broken.example\n"); // wrong field count
                    continue;
                }
                if (roll == 1) {
                    out.write(i + ",\"Unterminated,u" + i + "@example.com,,,,,,,,\n");
                    continue;
                }
                boolean duplicate = roll < 30 && i > 100;
                int person = duplicate ? i - 1 - random.nextInt(50) : i;
                SplittableRandom p = new SplittableRandom(person * 7919L);
                String first = FIRST[p.nextInt(FIRST.length)];
                String last = LAST[p.nextInt(LAST.length)];
                String email = first.toLowerCase() + "." + person + "@example.com";
                String phone = "+1 415 555 " + String.format("%04d", person % 10_000) + String.format("%03d", person / 10_000 % 1000);
                if (duplicate) {
                    email = email.toUpperCase();
                    phone = phone.replace(" ", "-");
                }
                String id = duplicate ? "" : Integer.toString(person);
                String street = p.nextInt(20) == 0 ? "\"" + (person % 900 + 1) + " Main St\nApt " + (person % 40) + "\""
                        : (person % 900 + 1) + " Main St";
                String city;
                String state;
                String zip;
                String country;
                String dob = (1940 + p.nextInt(80)) + "-" + two(1 + p.nextInt(12)) + "-" + two(1 + p.nextInt(28));
                if (p.nextInt(100) < 55) {
                    country = p.nextBoolean() ? "USA" : "US";
                    city = "Springfield";
                    boolean zipOnly = p.nextInt(5) == 0;
                    state = zipOnly ? "" : US_STATES[p.nextInt(US_STATES.length)];
                    zip = US_ZIPS[p.nextInt(US_ZIPS.length)];
                } else {
                    String[] place = ABROAD[p.nextInt(ABROAD.length)];
                    country = place[0];
                    city = place[1];
                    state = place[2];
                    zip = "";
                }
                String card = p.nextInt(10) == 0 ? "4111111111111111" : "";
                out.write(id + "," + first + " " + last + "," + email + "," + phone + "," + street + "," + city + ","
                        + state + "," + zip + "," + country + "," + dob + "," + card + "\n");
            }
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]));
    }
}
