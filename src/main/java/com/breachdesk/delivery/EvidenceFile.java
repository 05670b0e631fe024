package com.breachdesk.delivery;

import java.time.Instant;

/** A file attached into the case as evidence (a portal receipt, a mailing-house confirmation): its bytes are in the case. */
public record EvidenceFile(long id, String name, long size, String sha256, String attachedBy, Instant attachedAt) {
}
