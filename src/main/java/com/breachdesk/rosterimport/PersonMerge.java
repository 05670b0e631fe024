package com.breachdesk.rosterimport;

import com.breachdesk.roster.Person;
import com.breachdesk.roster.PersonField;
import com.breachdesk.vocabulary.DataCategory;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Folds a new roster row into a person already in the roster: the union of data categories, missing
 * details filled in, and the better address (its jurisdiction with it). Fields a responder edited by
 * hand are kept. Two records that prove they are different people are not merged.
 */
final class PersonMerge {

    private PersonMerge() {
    }

    /** Why {@code incoming} cannot be {@code existing}, or empty when they may be the same person. */
    static Optional<String> conflict(Person existing, Person incoming) {
        if (existing.externalId() != null && incoming.externalId() != null
                && existing.idNamespace().equals(incoming.idNamespace())
                && !existing.externalId().equals(incoming.externalId())) {
            return Optional.of("different external ids (" + existing.externalId() + " / " + incoming.externalId() + ")");
        }
        if (existing.dateOfBirth() != null && incoming.dateOfBirth() != null
                && !existing.dateOfBirth().equals(incoming.dateOfBirth())) {
            return Optional.of("different dates of birth");
        }
        return Optional.empty();
    }

    static Person merge(Person existing, Person incoming, Set<PersonField> editedByHand) {
        EnumSet<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        categories.addAll(existing.categories());
        if (!editedByHand.contains(PersonField.CATEGORIES)) {
            categories.addAll(incoming.categories());
        }
        boolean incomingAddressBetter = !editedByHand.contains(PersonField.JURISDICTION)
                && !addressEdited(editedByHand) && better(incoming, existing);
        Person.Address address = incomingAddressBetter ? incoming.address() : existing.address();
        var resolution = incomingAddressBetter ? incoming.resolution() : existing.resolution();
        boolean keepIds = existing.externalId() != null;
        boolean keepPhone = existing.phone() != null || editedByHand.contains(PersonField.PHONE);
        return new Person(existing.id(), existing.createdImport(), existing.sourceLine(),
                keepIds ? existing.idNamespace() : incoming.idNamespace(),
                keepIds ? existing.externalId() : incoming.externalId(),
                pick(existing.fullName(), incoming.fullName(), editedByHand, PersonField.FULL_NAME),
                pick(existing.email(), incoming.email(), editedByHand, PersonField.EMAIL),
                keepPhone ? existing.phone() : incoming.phone(),
                keepPhone ? existing.phoneE164() : incoming.phoneE164(),
                address,
                existing.dateOfBirth() != null || editedByHand.contains(PersonField.DATE_OF_BIRTH)
                        ? existing.dateOfBirth() : incoming.dateOfBirth(),
                pick(existing.language(), incoming.language(), editedByHand, PersonField.LANGUAGE),
                resolution, categories, existing.notificationStatus());
    }

    private static boolean addressEdited(Set<PersonField> edited) {
        return edited.contains(PersonField.STREET) || edited.contains(PersonField.CITY) || edited.contains(PersonField.REGION)
                || edited.contains(PersonField.POSTAL_CODE) || edited.contains(PersonField.COUNTRY);
    }

    /** A more trusted jurisdiction wins; at equal trust, the fuller address. */
    private static boolean better(Person incoming, Person existing) {
        var a = incoming.resolution().confidence();
        var b = existing.resolution().confidence();
        if (a != b) {
            return a.betterThan(b);
        }
        return incoming.address().completeness() > existing.address().completeness();
    }

    private static String pick(String existing, String incoming, Set<PersonField> edited, PersonField field) {
        return existing != null || edited.contains(field) ? existing : incoming;
    }
}
