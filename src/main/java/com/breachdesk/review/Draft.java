package com.breachdesk.review;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * A case's own working copy of one letter template, made from a shipped or user template (its id, version and
 * file hash are kept as the origin). {@code latestVersion} is the one being worked on and {@code state} its state;
 * {@code approvedVersion} is the version final letters print, if one is approved.
 */
public record Draft(long id, String templateId, String origin, int originVersion, String originSha256,
                    String createdBy, Instant createdAt, int latestVersion, ReviewState state,
                    OptionalInt approvedVersion) {

    /** How people refer to the draft's newest version: {@code us-ca-individual draft v3}. */
    public String label() {
        return label(templateId, latestVersion);
    }

    static String label(String templateId, int version) {
        return templateId + " draft v" + version;
    }
}
