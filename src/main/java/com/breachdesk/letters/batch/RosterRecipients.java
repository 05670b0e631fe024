package com.breachdesk.letters.batch;

import com.breachdesk.letters.data.LetterRecipient;
import com.breachdesk.letters.store.BatchRecord;
import com.breachdesk.roster.PeopleGroup;
import com.breachdesk.roster.Person;
import com.breachdesk.roster.Roster;
import com.breachdesk.roster.RosterFilter;
import com.breachdesk.vocabulary.Countries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people of the case roster as letter recipients, read in id order a page at a time (keyset paging, so a
 * million people cost the same per page as ten): their resolved jurisdiction, preferred language, postal address
 * laid out for the envelope and the data categories involved. Person ids are the roster's ids.
 */
public final class RosterRecipients implements RecipientSource {

    /** Countries that write the city, region and postal code on one line in this order. */
    private static final Set<String> CITY_REGION_POSTAL = Set.of("US", "CA", "AU");
    /** Countries that write the postal code on a line of its own, after the city. */
    private static final Set<String> POSTAL_LINE = Set.of("GB", "IE");

    private final Roster roster;

    public RosterRecipients(Roster roster) {
        this.roster = roster;
    }

    static RosterFilter filter(RecipientFilter f) {
        RosterFilter r = RosterFilter.ALL.withNotification(f.status());
        return f.jurisdiction() == null ? r : r.withArea(f.jurisdiction());
    }

    @Override
    public long count(RecipientFilter filter) {
        return roster.count(filter(filter));
    }

    @Override
    public List<LetterRecipient> page(RecipientFilter filter, String afterPersonId, int size) {
        long after = afterPersonId == null ? 0 : Long.parseLong(afterPersonId);
        List<Person> people = roster.page(filter(filter), after, size);
        List<LetterRecipient> out = new ArrayList<>(people.size());
        for (Person p : people) {
            out.add(recipient(p));
        }
        return out;
    }

    @Override
    public List<RecipientGroup> groups(RecipientFilter filter) {
        Map<String, long[]> merged = new LinkedHashMap<>();
        for (PeopleGroup g : roster.groups(filter(filter))) {
            String key = (g.jurisdiction() == null ? "" : g.jurisdiction()) + "|" + language(g.language());
            merged.computeIfAbsent(key, k -> new long[1])[0] += g.people();
        }
        List<RecipientGroup> out = new ArrayList<>();
        merged.forEach((k, n) -> out.add(new RecipientGroup(k.substring(0, k.indexOf('|')), k.substring(k.indexOf('|') + 1), n[0])));
        out.sort((a, b) -> Long.compare(b.people(), a.people()));
        return out;
    }

    @Override
    public String name() {
        return BatchRecord.ROSTER;
    }

    @Override
    public boolean tracksNotification() {
        return true;
    }

    static LetterRecipient recipient(Person p) {
        String name = p.fullName() == null ? "" : p.fullName();
        return new LetterRecipient(Long.toString(p.id()), name, addressLines(p), p.resolution().jurisdiction(),
                language(p.language()), p.categories());
    }

    /**
     * The language code letters use for what the roster recorded: {@code uk-UA}, {@code uk_UA}, {@code Ukrainian},
     * {@code українська} all read as {@code uk}; an unknown value is kept in lower case; none = "".
     */
    static String language(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String v = raw.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "ukrainian", "українська", "укр", "ukr", "ua" -> "uk";
            case "english", "eng" -> "en";
            default -> {
                int cut = v.indexOf('-') > 0 ? v.indexOf('-') : v.indexOf('_');
                yield cut > 0 ? v.substring(0, cut) : v;
            }
        };
    }

    /**
     * The postal address as the envelope shows it: street lines, then the city line in the country's usual order
     * ({@code San Jose, CA 95113} in the US, Canada and Australia; city then postcode on its own line in the UK and
     * Ireland; {@code 01001 Київ} elsewhere), then the country (as written, else its English name).
     */
    static List<String> addressLines(Person p) {
        Person.Address a = p.address();
        List<String> lines = new ArrayList<>();
        if (a.street() != null) {
            for (String line : a.street().split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        String country = p.resolution().country().orElse("");
        String city = blankToEmpty(a.city());
        String region = blankToEmpty(a.region());
        String postal = blankToEmpty(a.postalCode());
        if (CITY_REGION_POSTAL.contains(country)) {
            add(lines, join(", ", city, join(" ", region, postal)));
        } else if (POSTAL_LINE.contains(country)) {
            add(lines, city);
            add(lines, postal);
        } else {
            add(lines, join(" ", postal, city));
            if (city.isEmpty()) {
                add(lines, region);
            }
        }
        String countryLine = a.country() != null && !a.country().isBlank() ? a.country().strip()
                : country.isEmpty() ? "" : Countries.name(country);
        add(lines, countryLine);
        return lines;
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static String join(String separator, String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + separator + second;
    }

    private static void add(List<String> lines, String line) {
        if (!line.isEmpty()) {
            lines.add(line);
        }
    }
}
