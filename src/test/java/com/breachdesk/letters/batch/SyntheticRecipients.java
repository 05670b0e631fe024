package com.breachdesk.letters.batch;

import com.breachdesk.letters.data.LetterRecipient;
import com.breachdesk.vocabulary.DataCategory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A deterministic set of made-up recipients (ids {@code P00000001} ...) for tests and benchmarks: Latin and
 * Cyrillic names, addresses of two to four lines, jurisdictions and data categories that vary from person to
 * person. The same count gives the same people every time. Not for real cases.
 */
public final class SyntheticRecipients implements RecipientSource {

    private static final String[] GIVEN = {"Anna", "Bohdan", "Chloe", "Dmytro", "Emma", "Ґанна", "Єва", "Іван",
            "Їжак", "Олена", "Sofia", "Tomasz", "Ulrike", "Zoë"};
    private static final String[] FAMILY = {"Kowalska", "Шевченко", "Müller", "O'Brien", "Ткаченко", "García",
            "Smith-Jones", "Бондаренко", "Nováková", "Łukasiewicz"};
    private static final String[] STREETS = {"Main Street", "вул. Хрещатик", "Marszałkowska", "Hauptstraße",
            "Elm Avenue", "просп. Перемоги"};
    private static final String[][] PLACES = {
            {"US-CA", "San Jose, CA 95113", "en"}, {"US-MA", "Boston, MA 02108", "en"},
            {"US-TX", "Austin, TX 78701", "en"}, {"UA", "01001 Київ", "uk"}, {"PL", "00-001 Warszawa", "en"},
            {"DE", "10115 Berlin", "en"}, {"UA", "61000 Харків", "uk"}, {"US-NY", "New York, NY 10001", "en"}};
    private static final DataCategory[][] CATEGORIES = {
            {DataCategory.NAME, DataCategory.EMAIL, DataCategory.PHONE},
            {DataCategory.NAME, DataCategory.POSTAL_ADDRESS, DataCategory.BILLING_ADDRESS, DataCategory.CALL_METADATA},
            {DataCategory.NAME, DataCategory.SSN, DataCategory.DATE_OF_BIRTH},
            {DataCategory.NAME, DataCategory.ACCOUNT_CREDENTIALS, DataCategory.IP_ADDRESS, DataCategory.DEVICE_ID}};

    private final long count;
    private final String onlyJurisdiction;

    /** {@code count} people spread over several jurisdictions. */
    public SyntheticRecipients(long count) {
        this(count, null);
    }

    /** {@code count} people, all resident in {@code jurisdiction} (null = spread). */
    public SyntheticRecipients(long count, String jurisdiction) {
        this.count = count;
        this.onlyJurisdiction = jurisdiction;
    }

    public static String id(long n) {
        return String.format("P%08d", n);
    }

    /** The recipient number {@code n} (1-based). */
    public LetterRecipient person(long n) {
        int i = (int) (n % 1_000_003);
        String[] place = PLACES[i % PLACES.length];
        String jurisdiction = onlyJurisdiction != null ? onlyJurisdiction : place[0];
        String name = GIVEN[i % GIVEN.length] + " " + FAMILY[(i / 3) % FAMILY.length];
        List<String> address = new ArrayList<>();
        address.add((i % 97 + 1) + " " + STREETS[(i / 7) % STREETS.length]);
        if (i % 3 == 0) {
            address.add("Apt " + (i % 40 + 1));
        }
        address.add(place[1]);
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        categories.addAll(List.of(CATEGORIES[(i / 5) % CATEGORIES.length]));
        return new LetterRecipient(id(n), name, address, jurisdiction, place[2], categories);
    }

    @Override
    public long count(RecipientFilter filter) {
        if (filter.jurisdiction() == null) {
            return count;
        }
        long n = 0;
        for (long i = 1; i <= count; i++) {
            if (filter.accepts(person(i).jurisdiction())) {
                n++;
            }
        }
        return n;
    }

    @Override
    public List<RecipientGroup> groups(RecipientFilter filter) {
        java.util.Map<String, long[]> counts = new java.util.LinkedHashMap<>();
        for (long i = 1; i <= count; i++) {
            LetterRecipient r = person(i);
            if (filter.accepts(r.jurisdiction())) {
                counts.computeIfAbsent(r.jurisdiction() + "|" + r.language(), k -> new long[1])[0]++;
            }
        }
        List<RecipientGroup> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new RecipientGroup(k.substring(0, k.indexOf('|')), k.substring(k.indexOf('|') + 1), n[0])));
        return out;
    }

    @Override
    public String name() {
        return "synthetic";
    }

    @Override
    public List<LetterRecipient> page(RecipientFilter filter, String afterPersonId, int size) {
        long next = afterPersonId == null ? 1 : Long.parseLong(afterPersonId.substring(1)) + 1;
        List<LetterRecipient> out = new ArrayList<>(size);
        for (long n = next; n <= count && out.size() < size; n++) {
            LetterRecipient r = person(n);
            if (filter.accepts(r.jurisdiction())) {
                out.add(r);
            }
        }
        return out;
    }
}
