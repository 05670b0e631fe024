package com.breachdesk.report;

import com.breachdesk.deadline.Obligation;
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

/**
 * Everything a timeline report shows, gathered from one case as of one moment: what the PDF writer lays out.
 * {@code timeline} holds the entries that may be shown (privileged ones only when included) up to {@code asOf};
 * {@code excluded} counts what was left out for privilege, {@code laterEntries} the entries dated after {@code asOf}.
 */
public record TimelineReport(ReportRequest request, String caseId, String caseReference, OrganizationProfile organization,
                             Incident incident, List<IncidentProblem> problems, AffectedPopulation population,
                             Assessment assessment, AssessmentRecord.Stored decisions, List<ObligationStanding> standings,
                             List<TimelineEntry> timeline, Map<String, Long> excluded, long laterEntries,
                             List<BatchRecord> letterBatches, long auditEntries, String auditLastHash, ZoneId zone) {

    public TimelineReport {
        problems = List.copyOf(problems);
        standings = List.copyOf(standings);
        timeline = List.copyOf(timeline);
        excluded = Map.copyOf(excluded);
        letterBatches = List.copyOf(letterBatches);
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
