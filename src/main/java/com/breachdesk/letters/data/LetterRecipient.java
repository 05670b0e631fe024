package com.breachdesk.letters.data;

import com.breachdesk.vocabulary.DataCategory;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One person who gets a letter, as the roster resolved them: where they live (ISO 3166-1 such as {@code PL}
 * or ISO 3166-2 such as {@code US-CA}), the language to write in, the postal address and which data
 * categories of theirs were involved.
 */
public record LetterRecipient(String personId, String name, List<String> addressLines, String jurisdiction,
                              String language, Set<DataCategory> categories) {

    public LetterRecipient {
        Objects.requireNonNull(personId, "personId");
        if (personId.isBlank()) {
            throw new IllegalArgumentException("A recipient needs a person id");
        }
        name = name == null ? "" : name;
        addressLines = List.copyOf(addressLines);
        jurisdiction = jurisdiction == null ? "" : jurisdiction;
        language = language == null ? "" : language;
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
    }
}
