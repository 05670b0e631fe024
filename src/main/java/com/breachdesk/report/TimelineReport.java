package com.breachdesk.report;

import com.breachdesk.deadline.Obligation;
import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.delivery.SentNotice;
import com.breachdesk.deadline.ObligationStatus;
import com.breachdesk.incident.Incident;
import com.breachdesk.incident.IncidentProblem;
import com.breachdesk.letters.store.BatchRecord;
import com.breachdesk.obligations.Assessment;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.population.AffectedPopulation;
import com.breachdesk.risk.AssessmentRecord;
import com.breachdesk.timeline.TimelineEntry;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a timeline report shows, gathered from one case as of one moment: what the PDF writer lays out.
 * {@code timeline} holds the entries that may be shown (privileged ones only when included) up to {@code asOf};
 * {@code excluded} counts what was left out for privilege, {@code laterEntries} the entries dated after {@code asOf}.
 * {@code sent} holds the notices marked sent by {@code asOf} (the newest mark of each batch or obligation), with
 * their evidence.
 */
public record TimelineReport(ReportRequest request, String caseId, String caseReference, OrganizationProfile organization,
                             Incident incident, List<IncidentProblem> problems, AffectedPopulation population,
                             Assessment assessment, AssessmentRecord.Stored decisions, List<ObligationStanding> standings,
                             List<TimelineEntry> timeline, Map<String, Long> excluded, long laterEntries,
                             List<BatchRecord> letterBatches, List<SentNotice> sent, long auditEntries,
                             String auditLastHash, ZoneId zone) {

    public TimelineReport {
        problems = List.copyOf(problems);
        standings = List.copyOf(standings);
        timeline = List.copyOf(timeline);
        excluded = Map.copyOf(excluded);
        letterBatches = List.copyOf(letterBatches);
        sent = List.copyOf(sent);
    }

    /** Final letter batches marked sent by {@code asOf}, in the order they were sent. */
    public List<SentNotice> lettersSent() {
        return sent.stream().filter(n -> n.batchId().isPresent()).toList();
    }

    /** The notice to an authority marked sent for this obligation by {@code asOf} (its reference and evidence). */
    public Optional<SentNotice> noticeSent(ObligationKey key) {
        return sent.stream().filter(n -> n.obligation().filter(key::equals).isPresent()).findFirst();
    }

    /** The batch a sent notice marks, if the report has it. */
    public Optional<BatchRecord> batch(SentNotice notice) {
        return letterBatches.stream().filter(b -> notice.batchId().isPresent() && b.id() == notice.batchId().getAsLong())
                .findFirst();
    }

    /**
     * The people one batch marked sent reached: the roster people it moved to "sent" when it was marked, or for a
     * batch from a mailing file (no roster people) one per letter.
     */
    public long peopleReached(SentNotice notice) {
        Optional<BatchRecord> b = batch(notice);
        if (b.isPresent() && !b.get().fromRoster()) {
            return b.get().letters() == null ? 0 : b.get().letters();
        }
        return notice.people() == null ? 0 : notice.people();
    }

    /** The people all letters marked sent by {@code asOf} reached. */
    public long peopleSentLetters() {
        return lettersSent().stream().mapToLong(this::peopleReached).sum();
    }

    public Instant asOf() {
        return request.asOf();
    }

    /** Notices given by {@code asOf}, in the order they were given. */
    public List<ObligationStanding> given() {
        return standings.stream().filter(s -> s.standing().done())
                .sorted((a, b) -> a.obligation().completion().doneAt().compareTo(b.obligation().completion().doneAt()))
                .toList();
    }

    /** Notices not given yet (pending, missed, waiting for information), soonest due first. */
    public List<ObligationStanding> open() {
        return standings.stream().filter(s -> !s.standing().done()).toList();
    }

    public List<ObligationStanding> with(Standing standing) {
        return standings.stream().filter(s -> s.standing() == standing).toList();
    }

    /** Obligations the rules found not required, each with its reasons: the decisions not to notify. */
    public List<Obligation> notRequired() {
        return assessment.obligations().stream().filter(o -> o.status() == ObligationStatus.NOT_REQUIRED).toList();
    }

    public long excludedCount() {
        return excluded.values().stream().mapToLong(Long::longValue).sum();
    }
}
