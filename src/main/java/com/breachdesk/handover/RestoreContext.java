package com.breachdesk.handover;

import com.breachdesk.casefile.CaseTransaction;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the sections of one import share: the new case's transaction and what the export's header said. */
public record RestoreContext(CaseTransaction tx, ObjectMapper json, String sourceCaseId, long sourceAuditEntries,
                             String sourceAuditFinalHash) {
}
