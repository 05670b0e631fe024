package com.breachdesk.audit;

import java.util.OptionalLong;

/**
 * Result of checking the audit trail: intact, or the first entry where the chain or the case data
 * stops agreeing with what was recorded.
 */
public record AuditVerification(boolean intact, long entriesChecked, OptionalLong firstBrokenSeq, String problem) {

    static AuditVerification ok(long entries) {
        return new AuditVerification(true, entries, OptionalLong.empty(), null);
    }

    static AuditVerification broken(long entries, long seq, String problem) {
        return new AuditVerification(false, entries, OptionalLong.of(seq), problem);
    }
}
