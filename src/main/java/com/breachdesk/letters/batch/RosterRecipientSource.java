package com.breachdesk.letters.batch;

import com.breachdesk.letters.data.LetterRecipient;
import com.breachdesk.roster.Person;
import com.breachdesk.roster.Roster;
import com.breachdesk.roster.RosterFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * The case's roster as letter recipients, in roster id order; a letter's person id is the roster id, so marking
 * the batch as sent can find the people again. The postal address is printed as imported: the street lines, then
 * city, region and postal code on one line, then the country.
 */
public final class RosterRecipientSource implements RecipientSource {

    private static final int MAX_ADDRESS_LINES = 6;
    private final Roster roster;

    public RosterRecipientSource(Roster roster) {
        this.roster = roster;
    }

    @Override
    public long count(RecipientFilter filter) {
        if (filter.jurisdiction() == null) {
            return roster.count(RosterFilter.ALL);
        }
        long n = 0;
        String after = null;
        List<LetterRecipient> page;
        while (!(page = page(filter, after, 1_000)).isEmpty()) {
            n += page.size();
            after = page.get(page.size() - 1).personId();
        }
        return n;
    }

    @Override
    public List<LetterRecipient> page(RecipientFilter filter, String afterPersonId, int size) {
        long after = afterPersonId == null ? 0 : Long.parseLong(afterPersonId);
        List<LetterRecipient> out = new ArrayList<>(size);
        while (out.size() < size) {
            List<Person> people = roster.page(RosterFilter.ALL, after, size);
            if (people.isEmpty()) {
                break;
            }
            for (Person p : people) {
                if (out.size() < size && filter.accepts(p.resolution().jurisdiction())) {
                    out.add(recipient(p));
                }
                after = p.id();
            }
        }
        return out;
    }

    static LetterRecipient recipient(Person p) {
        Person.Address a = p.address();
        List<String> lines = new ArrayList<>();
        if (a.street() != null) {
            for (String line : a.street().split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        String place = join(a.city(), a.region(), a.postalCode());
        if (!place.isEmpty()) {
            lines.add(place);
        }
        if (a.country() != null && !a.country().isBlank()) {
            lines.add(a.country().strip());
        }
        List<String> address = lines.size() > MAX_ADDRESS_LINES ? lines.subList(0, MAX_ADDRESS_LINES) : lines;
        return new LetterRecipient(Long.toString(p.id()), p.fullName(), address, p.resolution().jurisdiction(),
                p.language(), p.categories());
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(part.strip());
            }
        }
        return b.toString();
    }
}
