package com.breachdesk.rosterimport;

import com.breachdesk.roster.Person;
import com.breachdesk.vocabulary.DataCategory;

import java.time.LocalDate;
import java.util.Set;

/** One parsed roster row, read through the mapping, before it is resolved and matched. */
record Candidate(long line, String externalId, String fullName, String email, String phone, Person.Address address,
                 LocalDate dateOfBirth, boolean dateOfBirthUnread, String language, Set<DataCategory> categories) {
}
