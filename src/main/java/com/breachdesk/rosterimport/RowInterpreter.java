package com.breachdesk.rosterimport;

import com.breachdesk.roster.Person;
import com.breachdesk.vocabulary.DataCategory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a row's fields into a {@link Candidate} through a column mapping: which column is which field,
 * and which data categories the row involved. Checks the mapping against the header once, up front.
 */
final class RowInterpreter {

    /** A row that cannot become a person (the reason goes to the rejects file). */
    static final class RowRejected extends Exception {
        RowRejected(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final Map<String, DataCategory> CATEGORY_WORDS = new HashMap<>();

    static {
        for (DataCategory c : DataCategory.values()) {
            CATEGORY_WORDS.put(c.id(), c);
            CATEGORY_WORDS.put(c.label().toLowerCase(Locale.ROOT), c);
        }
    }

    private final EnumMap<RosterField, Integer> column = new EnumMap<>(RosterField.class);
    private final List<Integer> categoryColumnIndexes = new ArrayList<>();
    private final List<DataCategory> categoryColumnCategories = new ArrayList<>();
    private final Set<DataCategory> fileCategories;
    private final boolean infer;
    private final DatesOfBirth dates;

    RowInterpreter(List<String> header, ColumnMapping mapping) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).strip(), i);
        }
        List<String> missing = new ArrayList<>();
        mapping.byField().forEach((field, h) -> {
            Integer i = index.get(h.strip());
            if (i == null) {
                missing.add(h);
            } else {
                column.put(field, i);
            }
        });
        mapping.categoryColumns().forEach((h, category) -> {
            Integer i = index.get(h.strip());
            if (i == null) {
                missing.add(h);
            } else {
                categoryColumnIndexes.add(i);
                categoryColumnCategories.add(com.breachdesk.vocabulary.Coded.parse(DataCategory.class, category));
            }
        });
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The mapping names column(s) " + missing + " that the file does not have. "
                    + "Its columns are: " + header);
        }
        boolean identifies = column.containsKey(RosterField.EXTERNAL_ID) || column.containsKey(RosterField.EMAIL)
                || column.containsKey(RosterField.PHONE) || column.containsKey(RosterField.FULL_NAME)
                || column.containsKey(RosterField.LAST_NAME) || column.containsKey(RosterField.STREET_1);
        if (!identifies) {
            throw new IllegalArgumentException("Map at least one column that identifies a person "
                    + "(external id, name, email, phone or street). The file's columns are: " + header);
        }
        this.fileCategories = mapping.fileCategorySet();
        this.infer = mapping.inferCategories();
        this.dates = new DatesOfBirth(mapping.dateFormat());
    }

    Candidate read(long line, List<String> fields) throws RowRejected {
        String first = value(fields, RosterField.FIRST_NAME);
        String last = value(fields, RosterField.LAST_NAME);
        String fullName = value(fields, RosterField.FULL_NAME);
        if (fullName == null && (first != null || last != null)) {
            fullName = first == null ? last : last == null ? first : first + " " + last;
        }
        String street1 = value(fields, RosterField.STREET_1);
        String street2 = value(fields, RosterField.STREET_2);
        String street = street1 == null ? street2 : street2 == null ? street1 : street1 + "\n" + street2;
        Person.Address address = new Person.Address(street, value(fields, RosterField.CITY),
                value(fields, RosterField.REGION), value(fields, RosterField.POSTAL_CODE), value(fields, RosterField.COUNTRY));
        String dobText = value(fields, RosterField.DATE_OF_BIRTH);
        var dob = dates.read(dobText);
        String email = value(fields, RosterField.EMAIL);
        String phone = value(fields, RosterField.PHONE);

        EnumSet<DataCategory> categories = fileCategories.isEmpty() ? EnumSet.noneOf(DataCategory.class)
                : EnumSet.copyOf(fileCategories);
        String listed = value(fields, RosterField.CATEGORIES);
        if (listed != null) {
            for (String word : listed.split("[,;|]")) {
                String w = word.strip().toLowerCase(Locale.ROOT);
                if (w.isEmpty()) {
                    continue;
                }
                DataCategory c = CATEGORY_WORDS.get(w);
                if (c == null) {
                    throw new RowRejected("unknown data category '" + word.strip() + "'");
                }
                categories.add(c);
            }
        }
        if (infer) {
            if (fullName != null) {
                categories.add(DataCategory.NAME);
            }
            if (email != null) {
                categories.add(DataCategory.EMAIL);
            }
            if (phone != null) {
                categories.add(DataCategory.PHONE);
            }
            if (street != null || address.city() != null || address.postalCode() != null) {
                categories.add(DataCategory.POSTAL_ADDRESS);
            }
            if (dobText != null) {
                categories.add(DataCategory.DATE_OF_BIRTH);
            }
            for (int i = 0; i < categoryColumnIndexes.size(); i++) {
                if (!fields.get(categoryColumnIndexes.get(i)).isBlank()) {
                    categories.add(categoryColumnCategories.get(i));
                }
            }
        }
        return new Candidate(line, value(fields, RosterField.EXTERNAL_ID), fullName, email, phone, address,
                dob.orElse(null), dobText != null && dob.isEmpty(), value(fields, RosterField.LANGUAGE), categories);
    }

    private String value(List<String> fields, RosterField field) {
        Integer i = column.get(field);
        if (i == null) {
            return null;
        }
        String v = fields.get(i).strip();
        return v.isEmpty() ? null : v;
    }
}
