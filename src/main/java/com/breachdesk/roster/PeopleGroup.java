package com.breachdesk.roster;

/** How many people live in one jurisdiction (null = unresolved) and prefer one language (null = not recorded). */
public record PeopleGroup(String jurisdiction, String language, long people) {
}
