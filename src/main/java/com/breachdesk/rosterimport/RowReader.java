package com.breachdesk.rosterimport;

import com.breachdesk.jurisdiction.JurisdictionResolver;
import com.breachdesk.jurisdiction.Resolution;
import com.breachdesk.roster.NotificationStatus;
import com.breachdesk.roster.Person;

import java.io.IOException;

/**
 * Reads an import's rows one person at a time: parses them, reads them through the mapping, resolves
 * jurisdictions and phone numbers, and writes rejects on the way.
 */
final class RowReader {

    /** A person read from the file, with the hashes of their match keys (0 = no such key). */
    record Incoming(Person person, long[] keyHashes) {
    }

    private final CsvRecords records;
    private final RowInterpreter interpreter;
    private final RejectsFile rejects;
    private final JurisdictionResolver resolver;
    private final long importId;
    private final String namespace;
    private long rowsRead;
    private long datesOfBirthUnread;

    RowReader(CsvRecords records, RowInterpreter interpreter, RejectsFile rejects, JurisdictionResolver resolver,
              long importId, String namespace) {
        this.records = records;
        this.interpreter = interpreter;
        this.rejects = rejects;
        this.resolver = resolver;
        this.importId = importId;
        this.namespace = namespace;
    }

    /** The next person the file yields (bad records go to the rejects on the way), or null at its end. */
    Incoming next() throws IOException {
        CsvRow row;
        while ((row = records.next()) != null) {
            rowsRead++;
            if (row instanceof CsvRow.Malformed bad) {
                rejects.add(bad.line(), bad.raw(), bad.reason());
                continue;
            }
            Candidate candidate;
            try {
                candidate = interpreter.read(row.line(), ((CsvRow.Parsed) row).fields());
            } catch (RowInterpreter.RowRejected e) {
                rejects.add(row.line(), records.lastRaw(), e.getMessage());
                continue;
            }
            if (candidate.dateOfBirthUnread()) {
                datesOfBirthUnread++;
            }
            Person person = toPerson(candidate);
            long[] hashes = new long[MatchKeys.values().length];
            for (MatchKeys kind : MatchKeys.values()) {
                String key = kind.of(person);
                hashes[kind.ordinal()] = key == null ? 0 : DedupeIndex.hash(kind, key);
            }
            return new Incoming(person, hashes);
        }
        return null;
    }

    private Person toPerson(Candidate cand) {
        Person.Address a = cand.address();
        Resolution r = resolver.resolve(new JurisdictionResolver.Clues(a.country(), a.region(), a.postalCode(), cand.phone()));
        String e164 = resolver.phones().e164(cand.phone(), r.country().orElse(null)).orElse(null);
        return new Person(0, importId, cand.line(), cand.externalId() == null ? null : namespace, cand.externalId(),
                cand.fullName(), cand.email(), cand.phone(), e164, a, cand.dateOfBirth(), cand.language(), r,
                cand.categories(), NotificationStatus.PENDING);
    }

    long rowsRead() {
        return rowsRead;
    }

    /** Rows whose date of birth could not be read (the person is kept without one). */
    long datesOfBirthUnread() {
        return datesOfBirthUnread;
    }
}
