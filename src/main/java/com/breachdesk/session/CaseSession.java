package com.breachdesk.session;

import com.breachdesk.audit.AuditEntry;
import com.breachdesk.audit.AuditVerification;
import com.breachdesk.audit.AuditedState;
import com.breachdesk.casefile.CaseFile;
import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.casefile.VerifiedFiles;
import com.breachdesk.incident.IncidentField;
import com.breachdesk.incident.IncidentRecord;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.organization.OrganizationRecord;
import com.breachdesk.timeline.Timeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * An open case and the services that work on it. The UI, the CLI and the tests all go through here,
 * so they see the same behaviour.
 */
public final class CaseSession implements AutoCloseable {

    private final CaseFile caseFile;
    private final Clock clock;
    private final IncidentRecord incident;
    private final OrganizationRecord organization;
    private final Timeline timeline;

    private CaseSession(CaseFile caseFile, Clock clock) {
        this.caseFile = caseFile;
        this.clock = clock;
        this.incident = new IncidentRecord(caseFile);
        this.organization = new OrganizationRecord(caseFile);
        this.timeline = new Timeline(caseFile, clock);
    }

    /** Creates a case file with a title and the given organization profile (usually the user's default). */
    public static CaseSession create(Path path, String title, OrganizationProfile profile, String actor, Clock clock)
            throws CaseFileRefusedException {
        return create(path, title, profile, actor, clock, VerifiedFiles.none());
    }

    public static CaseSession create(Path path, String title, OrganizationProfile profile, String actor, Clock clock,
                                     VerifiedFiles verified) throws CaseFileRefusedException {
        CaseSession session = new CaseSession(CaseFile.create(path, actor, clock, verified), clock);
        try {
            session.caseFile.write(tx -> {
                IncidentRecord.TABLE.set(tx, IncidentField.TITLE, title == null || title.isBlank() ? null : title.strip());
                IncidentRecord.TABLE.set(tx, IncidentField.STATUS, "open");
                OrganizationRecord.TABLE.setAll(tx, profile.values());
                return null;
            });
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    public static CaseSession open(Path path, String actor, Clock clock) throws CaseFileRefusedException {
        return open(path, actor, clock, VerifiedFiles.none());
    }

    /** Opens with a memory of cleanly closed files, so an unchanged file skips the slow full integrity check. */
    public static CaseSession open(Path path, String actor, Clock clock, VerifiedFiles verified)
            throws CaseFileRefusedException {
        return new CaseSession(CaseFile.open(path, actor, clock, verified), clock);
    }

    public CaseFile file() {
        return caseFile;
    }

    public Path path() {
        return caseFile.path();
    }

    public Clock clock() {
        return clock;
    }

    public IncidentRecord incident() {
        return incident;
    }

    public OrganizationRecord organization() {
        return organization;
    }

    public Timeline timeline() {
        return timeline;
    }

    /** Everything whose stored values the audit trail must account for. */
    private List<AuditedState> auditedStates() {
        return List.of(IncidentRecord.TABLE, OrganizationRecord.TABLE, timeline);
    }

    public AuditVerification verifyAudit() {
        return caseFile.read(c -> caseFile.auditTrail().verify(c, auditedStates()));
    }

    public List<AuditEntry> latestAudit(int limit) {
        return caseFile.read(c -> caseFile.auditTrail().latest(c, limit));
    }

    public List<AuditEntry> allAudit() {
        return caseFile.read(c -> caseFile.auditTrail().all(c));
    }

    @Override
    public void close() {
        caseFile.close();
    }
}
