package com.breachdesk.handover;

import com.breachdesk.review.Approval;
import com.breachdesk.review.Draft;
import com.breachdesk.review.DraftRecord;
import com.breachdesk.review.DraftVersion;
import com.breachdesk.review.LegalReview;
import com.breachdesk.review.ReviewAction;
import com.breachdesk.review.ReviewComment;
import com.breachdesk.review.ReviewEvent;
import com.breachdesk.review.ReviewState;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Legal review: each draft of a template with its origin, every version (whole text, SHA-256, state), the history
 * of transitions, the approvals and the comments. Privileged comments only when the export includes them.
 */
final class ReviewSection implements CaseSection {

    @Override
    public String name() {
        return "review";
    }

    @Override
    public void export(ExportContext context, JsonGenerator out) throws IOException {
        LegalReview review = context.session().review();
        out.writeStartArray();
        for (Draft d : review.drafts()) {
            out.writeStartObject();
            out.writeNumberField("id", d.id());
            out.writeStringField("template_id", d.templateId());
            out.writeStringField("origin", d.origin());
            out.writeNumberField("origin_version", d.originVersion());
            out.writeStringField("origin_sha256", d.originSha256());
            out.writeStringField("created_by", d.createdBy());
            out.writeStringField("created_at", d.createdAt().toString());
            out.writeArrayFieldStart("versions");
            for (DraftVersion v : review.versions(d.templateId())) {
                writeVersion(out, v);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("history");
            for (ReviewEvent e : review.history(d.templateId())) {
                writeEvent(out, e);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("approvals");
            for (Approval a : review.approvals(d.templateId())) {
                writeApproval(out, a);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("comments");
            for (ReviewComment x : context.reviewComments()) {
                if (x.draftId() == d.id()) {
                    writeComment(out, x);
                }
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void writeVersion(JsonGenerator out, DraftVersion v) throws IOException {
        out.writeStartObject();
        out.writeNumberField("version", v.version());
        out.writeStringField("text", v.text());
        out.writeStringField("sha256", v.sha256());
        out.writeStringField("note", v.note());
        out.writeStringField("created_by", v.createdBy());
        out.writeStringField("created_at", v.createdAt().toString());
        out.writeStringField("state", v.state().id());
        out.writeEndObject();
    }

    private static void writeEvent(JsonGenerator out, ReviewEvent e) throws IOException {
        out.writeStartObject();
        out.writeNumberField("id", e.id());
        out.writeNumberField("version", e.version());
        out.writeStringField("action", e.action().id());
        out.writeStringField("from_state", e.from() == null ? null : e.from().id());
        out.writeStringField("to_state", e.to().id());
        out.writeStringField("note", e.note());
        out.writeStringField("actor", e.actor());
        out.writeStringField("at", e.at().toString());
        out.writeEndObject();
    }

    private static void writeApproval(JsonGenerator out, Approval a) throws IOException {
        out.writeStartObject();
        out.writeNumberField("version", a.version());
        out.writeStringField("approver_name", a.approverName());
        out.writeStringField("approver_role", a.approverRole());
        out.writeStringField("approved_at", a.approvedAt().toString());
        out.writeStringField("sha256", a.sha256());
        out.writeStringField("recorded_by", a.recordedBy());
        out.writeEndObject();
    }

    private static void writeComment(JsonGenerator out, ReviewComment x) throws IOException {
        out.writeStartObject();
        out.writeNumberField("id", x.id());
        out.writeNumberField("version", x.version());
        out.writeNumberField("paragraph", x.paragraph());
        out.writeStringField("quote", x.quote());
        out.writeStringField("text", x.text());
        out.writeStringField("author", x.author());
        out.writeStringField("created_at", x.createdAt().toString());
        out.writeBooleanField("privileged", x.privileged());
        out.writeStringField("resolved_by", x.resolvedBy());
        out.writeStringField("resolved_at", x.resolvedAt() == null ? null : x.resolvedAt().toString());
        out.writeEndObject();
    }

    @Override
    public void restore(RestoreContext context, JsonParser in) throws IOException, SQLException {
        for (JsonNode d : (JsonNode) in.readValueAsTree()) {
            LegalReview.restore(context.tx(), draft(d));
        }
    }

    private static DraftRecord draft(JsonNode d) {
        String templateId = JsonValues.required(d, "template_id", "draft " + JsonValues.text(d, "id"));
        String where = "draft of " + templateId;
        long id = d.path("id").asLong();
        List<DraftVersion> versions = new ArrayList<>();
        for (JsonNode v : d.path("versions")) {
            String at = where + " v" + JsonValues.text(v, "version");
            versions.add(new DraftVersion(id, templateId, v.path("version").asInt(), JsonValues.required(v, "text", at),
                    JsonValues.required(v, "sha256", at), JsonValues.text(v, "note"),
                    JsonValues.required(v, "created_by", at), JsonValues.requiredInstant(v, "created_at", at),
                    JsonValues.coded(ReviewState.class, v, "state", at)));
        }
        List<ReviewEvent> history = new ArrayList<>();
        for (JsonNode e : d.path("history")) {
            String at = where + ", history step " + JsonValues.text(e, "id");
            history.add(new ReviewEvent(e.path("id").asLong(), templateId, e.path("version").asInt(),
                    JsonValues.coded(ReviewAction.class, e, "action", at),
                    JsonValues.text(e, "from_state") == null ? null
                            : JsonValues.coded(ReviewState.class, e, "from_state", at),
                    JsonValues.coded(ReviewState.class, e, "to_state", at), JsonValues.text(e, "note"),
                    JsonValues.required(e, "actor", at), JsonValues.requiredInstant(e, "at", at)));
        }
        List<Approval> approvals = new ArrayList<>();
        for (JsonNode a : d.path("approvals")) {
            String at = where + ", approval of v" + JsonValues.text(a, "version");
            approvals.add(new Approval(templateId, a.path("version").asInt(), JsonValues.required(a, "approver_name", at),
                    JsonValues.required(a, "approver_role", at), JsonValues.requiredInstant(a, "approved_at", at),
                    JsonValues.required(a, "sha256", at), JsonValues.required(a, "recorded_by", at)));
        }
        List<ReviewComment> comments = new ArrayList<>();
        for (JsonNode x : d.path("comments")) {
            String at = where + ", comment " + JsonValues.text(x, "id");
            comments.add(new ReviewComment(x.path("id").asLong(), id, x.path("version").asInt(),
                    x.path("paragraph").asInt(), JsonValues.required(x, "quote", at), JsonValues.required(x, "text", at),
                    JsonValues.required(x, "author", at), JsonValues.requiredInstant(x, "created_at", at),
                    x.path("privileged").asBoolean(false), JsonValues.text(x, "resolved_by"),
                    JsonValues.instant(x, "resolved_at")));
        }
        return new DraftRecord(id, templateId, JsonValues.required(d, "origin", where), d.path("origin_version").asInt(),
                JsonValues.required(d, "origin_sha256", where), JsonValues.required(d, "created_by", where),
                JsonValues.requiredInstant(d, "created_at", where), versions, history, approvals, comments);
    }
}
