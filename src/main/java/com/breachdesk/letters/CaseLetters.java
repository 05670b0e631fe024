package com.breachdesk.letters;

import com.breachdesk.casefile.CaseFile;
import com.breachdesk.incident.Incident;
import com.breachdesk.incident.IncidentRecord;
import com.breachdesk.organization.OrganizationRecord;
import com.breachdesk.letters.data.CaseFacts;
import com.breachdesk.letters.store.LetterStore;
import com.breachdesk.letters.store.NoticeFacts;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.population.AffectedPopulation;

import java.time.Clock;
import java.util.Locale;

/** The letters part of an open case: notice facts, generated batches and letters, and the facts letters are made from. */
public final class CaseLetters {

    private final CaseFile caseFile;
    private final NoticeFacts noticeFacts;
    private final LetterStore store;

    public CaseLetters(CaseFile caseFile, Clock clock) {
        this.caseFile = caseFile;
        this.noticeFacts = new NoticeFacts(caseFile);
        this.store = new LetterStore(caseFile, clock);
    }

    public NoticeFacts noticeFacts() {
        return noticeFacts;
    }

    public LetterStore store() {
        return store;
    }

    /** The case's letter reference prefix: the first eight characters of its id, upper-case. */
    public String caseReference() {
        String id = caseFile.caseId().replace("-", "");
        return id.substring(0, Math.min(8, id.length())).toUpperCase(Locale.ROOT);
    }

    /** The facts of this case as stored now: its organization profile, incident and notice facts. */
    public CaseFacts facts(AffectedPopulation population) {
        return facts(new OrganizationRecord(caseFile).load(), new IncidentRecord(caseFile).load(), population);
    }

    public CaseFacts facts(OrganizationProfile organization, Incident incident, AffectedPopulation population) {
        return new CaseFacts(organization, incident, population, noticeFacts.load(), caseReference());
    }
}
