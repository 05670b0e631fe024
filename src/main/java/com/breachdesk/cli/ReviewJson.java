package com.breachdesk.cli;

import com.breachdesk.delivery.EvidenceFile;
import com.breachdesk.delivery.SentNotice;
import com.breachdesk.review.Approval;
import com.breachdesk.review.Draft;
import com.breachdesk.review.DraftDiff;
import com.breachdesk.review.DraftVersion;
import com.breachdesk.review.ReviewComment;
import com.breachdesk.review.ReviewEvent;

import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes of the review commands. */
final class ReviewJson {

    private ReviewJson() {
    }

    static Map<String, Object> draft(Draft d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("template_id", d.templateId());
        m.put("state", d.state().id());
        m.put("latest_version", d.latestVersion());
        m.put("approved_version", d.approvedVersion().isPresent() ? d.approvedVersion().getAsInt() : null);
        m.put("origin", d.origin());
        m.put("origin_version", d.originVersion());
        m.put("origin_sha256", d.originSha256());
        m.put("created_by", d.createdBy());
        m.put("created_at", d.createdAt().toString());
        return m;
    }

    static Map<String, Object> version(DraftVersion v, boolean withText) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", v.version());
        m.put("state", v.state().id());
        m.put("sha256", v.sha256());
        m.put("note", v.note());
        m.put("created_by", v.createdBy());
        m.put("created_at", v.createdAt().toString());
        if (withText) {
            m.put("text", v.text());
        }
        return m;
    }

    static Map<String, Object> comment(ReviewComment c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("version", c.version());
        m.put("paragraph", c.paragraph());
        m.put("quote", c.quote());
        m.put("text", c.text());
        m.put("author", c.author());
        m.put("at", c.createdAt().toString());
        m.put("privileged", c.privileged());
        m.put("resolved", c.resolved());
        m.put("resolved_by", c.resolvedBy());
        m.put("resolved_at", c.resolvedAt() == null ? null : c.resolvedAt().toString());
        return m;
    }

    static Map<String, Object> approval(Approval a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("template_id", a.templateId());
        m.put("version", a.version());
        m.put("approver", a.approverName());
        m.put("role", a.approverRole());
        m.put("approved_at", a.approvedAt().toString());
        m.put("sha256", a.sha256());
        m.put("recorded_by", a.recordedBy());
        return m;
    }

    static Map<String, Object> event(ReviewEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", e.version());
        m.put("action", e.action().id());
        m.put("from", e.from() == null ? null : e.from().id());
        m.put("to", e.to().id());
        m.put("note", e.note());
        m.put("actor", e.actor());
        m.put("at", e.at().toString());
        return m;
    }

    static Map<String, Object> diffRow(DraftDiff.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("old_line", r.oldLine() == 0 ? null : r.oldLine());
        m.put("new_line", r.newLine() == 0 ? null : r.newLine());
        m.put("old", r.oldLine() == 0 ? null : r.leftText());
        m.put("new", r.newLine() == 0 ? null : r.rightText());
        m.put("marked", r.marked());
        return m;
    }

    static Map<String, Object> sent(SentNotice n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("batch_id", n.batchId().isPresent() ? n.batchId().getAsLong() : null);
        m.put("rule_id", n.obligation().map(k -> k.ruleId()).orElse(null));
        m.put("jurisdiction", n.obligation().map(k -> k.jurisdiction()).orElse(null));
        m.put("sent_at", n.sentAt().iso());
        m.put("channel", n.channel().id());
        m.put("reference", n.reference());
        m.put("evidence", n.evidence().map(ReviewJson::evidence).orElse(null));
        m.put("people", n.people());
        m.put("recorded_by", n.recordedBy());
        m.put("recorded_at", n.recordedAt().toString());
        return m;
    }

    static Map<String, Object> evidence(EvidenceFile f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("name", f.name());
        m.put("size", f.size());
        m.put("sha256", f.sha256());
        m.put("attached_by", f.attachedBy());
        m.put("attached_at", f.attachedAt().toString());
        return m;
    }
}
