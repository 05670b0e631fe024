package com.breachdesk.review;

import java.time.Instant;
import java.util.List;

/**
 * Everything a case records about one draft, as a case export carries it: the draft and its origin, every version,
 * the history of transitions, the approvals and the comments (those the export may show).
 */
public record DraftRecord(long id, String templateId, String origin, int originVersion, String originSha256,
                          String createdBy, Instant createdAt, List<DraftVersion> versions, List<ReviewEvent> history,
                          List<Approval> approvals, List<ReviewComment> comments) {

    public DraftRecord {
        versions = List.copyOf(versions);
        history = List.copyOf(history);
        approvals = List.copyOf(approvals);
        comments = List.copyOf(comments);
    }
}
