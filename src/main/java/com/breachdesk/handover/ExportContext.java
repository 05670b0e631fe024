package com.breachdesk.handover;

import com.breachdesk.privilege.PrivilegeFilter;
import com.breachdesk.review.ReviewComment;
import com.breachdesk.session.CaseSession;
import com.breachdesk.timeline.TimelineEntry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sections of one export share: the case, the options, the privileged kinds of item as they may be shown
 * (timeline entries and review comments, filtered once so every section agrees on what was left out), and the
 * counts of what was left out.
 */
public final class ExportContext {

    private final CaseSession session;
    private final ExportOptions options;
    private final PrivilegeFilter privilege;
    private final List<TimelineEntry> timeline;
    private final List<ReviewComment> reviewComments;
    private final Map<String, Long> excluded = new LinkedHashMap<>();

    ExportContext(CaseSession session, ExportOptions options, PrivilegeFilter privilege) {
        this.session = session;
        this.options = options;
        this.privilege = privilege;
        this.timeline = privilege.filter(PrivilegeFilter.Kind.TIMELINE_ENTRY, session.timeline().chronological());
        this.reviewComments = privilege.filter(PrivilegeFilter.Kind.REVIEW_COMMENT, session.review().allComments());
        excluded.putAll(privilege.excluded());
    }

    public CaseSession session() {
        return session;
    }

    public ExportOptions options() {
        return options;
    }

    /** The timeline entries this export may contain, in event order. */
    public List<TimelineEntry> timeline() {
        return timeline;
    }

    /** Whether the timeline entry with this id was left out (privileged, or a correction of one). */
    public boolean excludedTimelineEntry(long id) {
        return privilege.excluded(PrivilegeFilter.Kind.TIMELINE_ENTRY, id);
    }

    /** The review comments this export may contain (of every draft), in id order. */
    public List<ReviewComment> reviewComments() {
        return reviewComments;
    }

    /** Whether the review comment with this id was left out (privileged). */
    public boolean excludedReviewComment(long id) {
        return privilege.excluded(PrivilegeFilter.Kind.REVIEW_COMMENT, id);
    }

    /** Records that {@code count} items of a kind were left out; shown under {@code "excluded"}. */
    public void exclude(String kind, long count) {
        excluded.merge(kind, count, Long::sum);
    }

    Map<String, Long> excluded() {
        return excluded;
    }
}
