package com.breachdesk.roster;

import com.breachdesk.jurisdiction.Resolution;
import com.breachdesk.vocabulary.DataCategory;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One affected person in the roster, after merging every roster row that described them. Text fields
 * are as imported (trimmed; null when empty). {@code phoneE164} is the phone in E.164 when it could be
 * read, used to recognise the same person in another file.
 */
public record Person(long id, long createdImport, long sourceLine, String idNamespace, String externalId,
                     String fullName, String email, String phone, String phoneE164, Address address,
                     LocalDate dateOfBirth, String language, Resolution resolution, Set<DataCategory> categories,
                     NotificationStatus notificationStatus) {

    /** A postal address as the roster gave it; {@code street} may hold several lines separated by newlines. */
    public record Address(String street, String city, String region, String postalCode, String country) {

        public static final Address EMPTY = new Address(null, null, null, null, null);

        /** How many parts are filled in: the fuller address wins when two rows describe one person. */
        public int completeness() {
            int n = 0;
            for (String part : new String[] {street, city, region, postalCode, country}) {
                if (part != null && !part.isBlank()) {
                    n++;
                }
            }
            return n;
        }
    }

    public Person {
        Objects.requireNonNull(address);
        Objects.requireNonNull(resolution);
        Objects.requireNonNull(notificationStatus);
        categories = categories.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(categories instanceof EnumSet<DataCategory> e ? e.clone() : EnumSet.copyOf(categories));
    }

    /** The email folded for matching: trimmed and lower case; null when it is not an address. */
    public static String emailKey(String email) {
        if (email == null) {
            return null;
        }
        String e = email.strip().toLowerCase(Locale.ROOT);
        int at = e.indexOf('@');
        return at > 0 && at < e.length() - 1 && e.indexOf(' ') < 0 ? e : null;
    }

    public String emailKey() {
        return emailKey(email);
    }

    public Person withId(long newId) {
        return new Person(newId, createdImport, sourceLine, idNamespace, externalId, fullName, email, phone, phoneE164,
                address, dateOfBirth, language, resolution, categories, notificationStatus);
    }
}
