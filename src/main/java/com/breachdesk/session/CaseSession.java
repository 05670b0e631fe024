package com.breachdesk.session;

import com.breachdesk.audit.AuditEntry;
import com.breachdesk.audit.AuditVerification;
import com.breachdesk.audit.AuditedState;
import com.breachdesk.casefile.CaseFile;
import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.estimates.EstimatedCounts;
import com.breachdesk.casefile.VerifiedFiles;
import com.breachdesk.incident.IncidentField;
import com.breachdesk.incident.IncidentRecord;
import com.breachdesk.letters.CaseLetters;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.obligations.Assessment;
import com.breachdesk.obligations.Assessor;
import com.breachdesk.obligations.CaseAssessments;
import com.breachdesk.obligations.ObligationStore;
import com.breachdesk.organization.OrganizationRecord;
import com.breachdesk.incident.Incident;
import com.breachdesk.jurisdiction.JurisdictionResolver;
import com.breachdesk.roster.Roster;
import com.breachdesk.rosterimport.RosterImporter;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.population.AffectedPopulation;
import com.breachdesk.review.LegalReview;
import com.breachdesk.delivery.NoticeDelivery;
import com.breachdesk.risk.AssessmentRecord;
import com.breachdesk.timeline.Timeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    private final Roster roster;
    private JurisdictionResolver resolver;
    private final EstimatedCounts estimates;
    private final AssessmentRecord riskAssessment;
    private final ObligationStore obligations;
    private final CaseLetters letters;
    private final LegalReview review;
    private final NoticeDelivery delivery;

    private CaseSession(CaseFile caseFile, Clock clock) {
        this.caseFile = caseFile;
        this.clock = clock;
        this.incident = new IncidentRecord(caseFile);
        this.organization = new OrganizationRecord(caseFile);
        this.timeline = new Timeline(caseFile, clock);
        this.roster = new Roster(caseFile, clock, this::minorsAsOf, this::resolver);
        this.estimates = new EstimatedCounts(caseFile);
        this.riskAssessment = new AssessmentRecord(caseFile);
        this.obligations = new ObligationStore(caseFile);
        this.letters = new CaseLetters(caseFile, clock);
        this.review = new LegalReview(caseFile, clock);
        this.delivery = new NoticeDelivery(caseFile, obligations, letters.store(), clock);
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

    /** The affected people: summary, pages, hand edits, import history and rollback. */
    public Roster roster() {
        return roster;
    }

    /** Imports roster files into this case. */
    public RosterImporter rosterImporter() {
        return new RosterImporter(caseFile, resolver(), clock);
    }

    /**
     * Places people in jurisdictions (also for previews before an import). Built on first use: loading the
     * country-name tables takes a moment that other commands need not pay.
     */
    public synchronized JurisdictionResolver resolver() {
        if (resolver == null) {
            resolver = new JurisdictionResolver();
        }
        return resolver;
    }

    /**
     * The date minors are counted on: the day the breach began (occurred), else when it was discovered,
     * else when the organisation became aware, each in the zone it was recorded in; today if none is known.
     */
    private LocalDate minorsAsOf() {
        Incident i = incident.load();
        Optional<MomentInZone> moment = i.occurredFrom().or(i::discoveredAt).or(i::awareAt);
        return moment.map(m -> m.local().toLocalDate()).orElseGet(() -> LocalDate.now(clock));
    }

    /** Affected people per jurisdiction entered as estimates before a roster exists (audited). */
    public EstimatedCounts estimates() {
        return estimates;
    }

    /**
     * Who is affected, as the rules engine reads it: the imported roster once it has people, else the
     * estimates entered before it (each says which it is in {@link AffectedPopulation#source()}).
     */
    public AffectedPopulation affectedPopulation() {
        AffectedPopulation fromRoster = roster.summary().population();
        return fromRoster.source() == AffectedPopulation.Source.ROSTER ? fromRoster : estimates.population();
    }

    /** Risk factors, the GDPR Art. 95 decision and overrides (audited). */
    public AssessmentRecord riskAssessment() {
        return riskAssessment;
    }

    /** Stored obligations and the notices marked as given (audited). */
    public ObligationStore obligations() {
        return obligations;
    }

    /** Assessing this case with a rule pack (the pack is shared by all open cases). */
    public CaseAssessments assessments(Assessor assessor) {
        return new CaseAssessments(assessor, incident::load, organization::load, this::affectedPopulation, riskAssessment,
                obligations, clock);
    }

    /** Letters: templates, batches, generated files and the notice facts they print. */
    public CaseLetters letters() {
        return letters;
    }

    /**
     * The counts letters print and the rules engine reads for them: the case's own (roster, else estimates), or
     * {@code fallback} (a mailing file's counts) when the case has neither.
     */
    public AffectedPopulation letterPopulation(AffectedPopulation fallback) {
        AffectedPopulation own = affectedPopulation();
        return own.source() != AffectedPopulation.Source.NONE || fallback == null ? own : fallback;
    }

    /**
     * The evaluation letters follow (which notices are required, for whom, by when). Evaluated now; stored in the
     * case, like the Assess step does, when it is of the case's own population, so the obligations on record are
     * the ones the letters were made from.
     */
    public Assessment assessForLetters(Assessor assessor, AffectedPopulation population) {
        if (population.equals(affectedPopulation())) {
            return assessments(assessor).assessAndStore();
        }
        return new CaseAssessments(assessor, incident::load, organization::load, () -> population, riskAssessment,
                obligations, clock).preview();
    }

    /** Legal review of the letters: drafts of templates, comments, approvals (audited). */
    public LegalReview review() {
        return review;
    }

    /** Notices marked as sent, with their evidence (audited). */
    public NoticeDelivery delivery() {
        return delivery;
    }

    /** Everything whose stored values the audit trail must account for. */
    private List<AuditedState> auditedStates() {
        List<AuditedState> states = new ArrayList<>(List.of(IncidentRecord.TABLE, OrganizationRecord.TABLE, timeline,
                AssessmentRecord.TABLE, estimates, obligations, letters.noticeFacts(), review, delivery));
        states.addAll(roster.auditedStates());
        return states;
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
