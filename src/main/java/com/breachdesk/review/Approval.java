package com.breachdesk.review;

import java.time.Instant;

/**
 * Legal's approval of one draft version: who (name and role, e.g. counsel), when, and the SHA-256 of exactly the
 * text approved. {@code recordedBy} is the user of the app who entered it.
 */
public record Approval(String templateId, int version, String approverName, String approverRole, Instant approvedAt,
                       String sha256, String recordedBy) {
}
