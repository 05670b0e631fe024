package com.breachdesk.handover;

import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.delivery.EvidenceFile;
import com.breachdesk.delivery.NoticeDelivery;
import com.breachdesk.delivery.SendChannel;
import com.breachdesk.delivery.SentNotice;
import com.breachdesk.time.MomentInZone;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Notices marked as sent (a final batch of letters, or the notice to an authority for one obligation) and the
 * evidence files attached to them, the files' bytes in base64 so the receipts travel with the case. On import each
 * file's bytes must match its recorded size and SHA-256.
 */
final class NoticesSentSection implements CaseSection {

    @Override
    public String name() {
        return "notices_sent";
    }

    @Override
    public void export(ExportContext context, JsonGenerator out) throws IOException {
        NoticeDelivery delivery = context.session().delivery();
        out.writeStartObject();
        out.writeArrayFieldStart("evidence_files");
        for (EvidenceFile f : delivery.evidence()) {
            out.writeStartObject();
            out.writeNumberField("id", f.id());
            out.writeStringField("name", f.name());
            out.writeNumberField("size", f.size());
            out.writeStringField("sha256", f.sha256());
            out.writeStringField("attached_by", f.attachedBy());
            out.writeStringField("attached_at", f.attachedAt().toString());
            out.writeFieldName("content_base64");
            out.writeBinary(delivery.evidenceContent(f.id()));
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("notices");
        for (SentNotice n : delivery.sent()) {
            out.writeStartObject();
            out.writeNumberField("id", n.id());
            out.writeObjectField("batch_id", n.batchId().isPresent() ? n.batchId().getAsLong() : null);
            out.writeStringField("rule_id", n.obligation().map(ObligationKey::ruleId).orElse(null));
            out.writeStringField("jurisdiction", n.obligation().map(ObligationKey::jurisdiction).orElse(null));
            out.writeStringField("sent_at", n.sentAt().encode());
            out.writeStringField("channel", n.channel().id());
            out.writeStringField("reference", n.reference());
            out.writeObjectField("evidence_id", n.evidence().map(EvidenceFile::id).orElse(null));
            out.writeObjectField("people", n.people());
            out.writeStringField("recorded_by", n.recordedBy());
            out.writeStringField("recorded_at", n.recordedAt().toString());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    @Override
    public void restore(RestoreContext context, JsonParser in) throws IOException, SQLException {
        JsonNode node = in.readValueAsTree();
        Map<Long, EvidenceFile> files = new HashMap<>();
        for (JsonNode f : node.path("evidence_files")) {
            String where = "evidence file " + JsonValues.text(f, "id");
            EvidenceFile file = new EvidenceFile(f.path("id").asLong(), JsonValues.required(f, "name", where),
                    f.path("size").asLong(), JsonValues.required(f, "sha256", where),
                    JsonValues.required(f, "attached_by", where), JsonValues.requiredInstant(f, "attached_at", where));
            NoticeDelivery.restoreEvidence(context.tx(), file, content(f, where));
            files.put(file.id(), file);
        }
        for (JsonNode n : node.path("notices")) {
            NoticeDelivery.restoreSent(context.tx(), notice(n, files));
        }
    }

    private static MomentInZone moment(JsonNode n, String field, String where) {
        String stored = JsonValues.required(n, field, where);
        try {
            return MomentInZone.decode(stored).orElseThrow();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" '" + stored + "' is not a stored moment"
                    + " (UTC instant, a space, an IANA zone)", e);
        }
    }

    private static byte[] content(JsonNode f, String where) throws IOException {
        JsonNode content = f.get("content_base64");
        if (content == null || !content.isTextual()) {
            throw new IllegalArgumentException(where + ": \"content_base64\" is missing");
        }
        try {
            return content.binaryValue();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": \"content_base64\" is not base64", e);
        }
    }

    private static SentNotice notice(JsonNode n, Map<Long, EvidenceFile> files) {
        String where = "notice sent " + JsonValues.text(n, "id");
        Long batch = JsonValues.longOrNull(n, "batch_id");
        String ruleId = JsonValues.text(n, "rule_id");
        Optional<ObligationKey> obligation = ruleId == null ? Optional.empty()
                : Optional.of(new ObligationKey(ruleId, JsonValues.required(n, "jurisdiction", where)));
        if ((batch == null) == obligation.isEmpty()) {
            throw new IllegalArgumentException(where + ": it needs either \"batch_id\" or \"rule_id\", not both");
        }
        Long evidenceId = JsonValues.longOrNull(n, "evidence_id");
        Optional<EvidenceFile> evidence = Optional.empty();
        if (evidenceId != null) {
            evidence = Optional.ofNullable(files.get(evidenceId));
            if (evidence.isEmpty()) {
                throw new IllegalArgumentException(where + ": \"evidence_id\" " + evidenceId
                        + " is not one of the evidence files");
            }
        }
        return new SentNotice(n.path("id").asLong(), batch == null ? OptionalLong.empty() : OptionalLong.of(batch),
                obligation, moment(n, "sent_at", where),
                JsonValues.coded(SendChannel.class, n, "channel", where), JsonValues.text(n, "reference"),
                evidence, JsonValues.longOrNull(n, "people"), JsonValues.required(n, "recorded_by", where),
                JsonValues.requiredInstant(n, "recorded_at", where));
    }
}
