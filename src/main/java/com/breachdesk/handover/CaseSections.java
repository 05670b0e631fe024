package com.breachdesk.handover;

import java.util.List;

/**
 * The sections of a case export, in the order they are written and restored (letter batches before the notices
 * that mark them sent, the roster's imports before its people, everything before the audit trails). A new part of the case is a new section appended here.
 */
public final class CaseSections {

    private CaseSections() {
    }

    public static List<CaseSection> all() {
        return List.of(RecordSection.organization(), RecordSection.incident(), new TimelineSection(),
                new EstimatesSection(), RecordSection.riskAssessment(), new ObligationsSection(), new NoticeFactsSection(),
                new LettersSection(), new ReviewSection(), new NoticesSentSection(), new ScopeSection(), new RosterSection(),
                new AuditSection());
    }
}
