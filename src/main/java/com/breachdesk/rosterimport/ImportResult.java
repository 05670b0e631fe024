package com.breachdesk.rosterimport;

import com.breachdesk.roster.ImportRecord;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The outcome of an import: the stored record (counts, who, when), where the rejected rows went, and
 * how many dates of birth could not be read (those people are imported without one, so they cannot be
 * checked for being minors: set a date format in the mapping and re-import if this is not zero).
 */
public record ImportResult(ImportRecord record, Optional<Path> rejectsFile, long datesOfBirthUnread,
                           long notMergedConflicts) {
}
