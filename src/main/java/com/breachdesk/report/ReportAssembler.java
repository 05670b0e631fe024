package com.breachdesk.report;

import com.breachdesk.audit.AuditEntry;
import com.breachdesk.deadline.Completion;
import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.deadline.ObligationStatus;
import com.breachdesk.delivery.SentNotice;
import com.breachdesk.incident.Incident;
import com.breachdesk.incident.IncidentChecks;
import com.breachdesk.obligations.Assessment;
import com.breachdesk.obligations.Assessor;
import com.breachdesk.obligations.CaseInput;
import com.breachdesk.privilege.PrivilegeFilter;
import com.breachdesk.session.CaseSession;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.timeline.TimelineEntry;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers a {@link TimelineReport} from an open case. The case is read as it is recorded now; what depends on
 * time is judged as of the chosen moment: the assessment runs with a clock stopped there, notices count as given
 * only if they were given by then, and timeline entries dated later are left out (and counted).
 */
public final class ReportAssembler {

    public TimelineReport assemble(CaseSession session, Assessor assessor, ReportRequest request) {
        Instant asOf = request.asOf();
        CaseInput now = session.assessments(assessor).input();
        Map<ObligationKey, Completion> givenByThen = new LinkedHashMap<>();
        now.completions().forEach((key, done) -> {
            if (!done.doneAt().isAfter(asOf)) {
                givenByThen.put(key, done);
            }
        });
        CaseInput input = new CaseInput(now.incident(), now.organization(), now.population(), now.riskFactors(),
                now.riskOverride(), now.ecommsServiceRelated(), now.processorRole(), now.includeDrafts(), givenByThen);
        Assessment assessment = assessor.at(Clock.fixed(asOf, ZoneOffset.UTC)).assess(input);
        List<ObligationStanding> standings = assessment.obligations().stream()
                .filter(o -> o.status() != ObligationStatus.NOT_REQUIRED)
                .map(o -> ObligationStanding.of(o, asOf)).toList();

        PrivilegeFilter filter = PrivilegeFilter.of(request.includePrivileged());
        List<TimelineEntry> shown = filter.filter(PrivilegeFilter.Kind.TIMELINE_ENTRY, session.timeline().chronological());
        List<TimelineEntry> upToAsOf = shown.stream().filter(e -> !e.eventAt().instant().isAfter(asOf)).toList();

        List<AuditEntry> last = session.latestAudit(1);
        Incident incident = now.incident();
        return new TimelineReport(request, session.file().caseId(), session.letters().caseReference(), now.organization(),
                incident, IncidentChecks.check(incident), now.population(), assessment, session.riskAssessment().load(),
                standings, upToAsOf, filter.excluded(), shown.size() - upToAsOf.size(),
                session.letters().store().batches().stream().filter(b -> !b.startedAt().isAfter(asOf)).toList(),
                sentByThen(session.delivery().sent(), asOf), last.isEmpty() ? 0 : last.get(0).seq(), last.isEmpty() ? null : last.get(0).hash(), zone(incident));
    }

    /**
     * The notices marked sent by {@code asOf}, oldest first. Marking again corrects a mark, so the newest mark of a
     * batch or an obligation is the one that counts (as notices given are read as recorded now).
     */
    static List<SentNotice> sentByThen(List<SentNotice> marks, Instant asOf) {
        Map<String, SentNotice> newest = new LinkedHashMap<>();
        for (SentNotice n : marks) {
            String target = n.batchId().isPresent() ? "batch " + n.batchId().getAsLong()
                    : "obligation " + n.obligation().orElseThrow();
            newest.merge(target, n, (a, b) -> a.id() > b.id() ? a : b);
        }
        return newest.values().stream().filter(n -> !n.sentAt().instant().isAfter(asOf))
                .sorted(Comparator.comparing((SentNotice n) -> n.sentAt().instant()).thenComparingLong(SentNotice::id))
                .toList();
    }

    /** Times are shown in the zone the responders recorded the incident in (awareness first), else UTC. */
    static ZoneId zone(Incident incident) {
        return incident.awareAt().or(incident::discoveredAt).or(incident::occurredFrom).map(MomentInZone::zone)
                .orElse(ZoneOffset.UTC);
    }
}
