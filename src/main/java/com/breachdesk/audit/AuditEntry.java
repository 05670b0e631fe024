package com.breachdesk.audit;

import java.time.Instant;

/** A stored audit-trail entry: the change, who made it and when, and its link in the hash chain. */
public record AuditEntry(long seq, Instant at, String actor, AuditChange change, String prevHash, String hash) {

    /** The hash this entry must carry if nothing in it, or before it, was altered. */
    public String expectedHash() {
        return ChainHash.of(prevHash, seq, at.toString(), actor, change.action(), change.entity(),
                change.entityId(), change.field(), change.oldValue(), change.newValue());
    }
}
