package com.breachdesk.letters.batch;

import com.breachdesk.letters.compose.ComposedLetter;
import com.breachdesk.letters.compose.LetterComposer;
import com.breachdesk.letters.data.LetterDataBuilder;
import com.breachdesk.letters.data.LetterValues;
import com.breachdesk.letters.data.NoticeObligation;
import com.breachdesk.letters.model.LetterRenderer;
import com.breachdesk.letters.model.RenderedLetter;
import com.breachdesk.letters.store.BatchRecord;
import com.breachdesk.letters.store.LetterRecord;
import com.breachdesk.letters.store.LetterStore;
import com.breachdesk.letters.template.LetterTemplate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes one notice to an authority for one obligation, and records it in the case like a batch of one letter
 * (file, pages, SHA-256, who and when in the audit trail).
 */
public final class RegulatorNoticeWriter {

    /** The written notice. */
    public record Written(Path file, String templateLabel, int pages, String sha256, long batchId) {
    }

    private final LetterRenderer renderer;
    private final LetterStore store;
    private final LetterDataBuilder data;
    private final LetterComposer composer;
    private final ApprovalCheck approval;
    private final Clock clock;

    public RegulatorNoticeWriter(LetterRenderer renderer, LetterStore store, LetterDataBuilder data,
                                 LetterComposer composer, ApprovalCheck approval, Clock clock) {
        this.renderer = renderer;
        this.store = store;
        this.data = data;
        this.composer = composer;
        this.approval = approval;
        this.clock = clock;
    }

    public Written write(LetterTemplate template, NoticeObligation obligation, BatchKind kind, Path out)
            throws IOException {
        String approvedDraft = "";
        if (kind == BatchKind.FINAL) {
            ApprovalCheck.Approval answer = approval.approval(template);
            if (answer instanceof ApprovalCheck.Refused r) {
                throw new LetterBatchRefused(List.of(r.reason()), 1);
            }
            ApprovalCheck.Approved a = (ApprovalCheck.Approved) answer;
            // A final notice prints the words legal approved.
            template = a.template();
            approvedDraft = ", approved draft v" + a.draftVersion() + " sha256 " + a.sha256();
        }
        boolean draft = kind == BatchKind.DRAFT;
        LocalDate date = LocalDate.now(clock);
        LetterValues values = data.forObligation(obligation, template.language(), date, clock.instant(), draft);
        String to = obligation.authorityName() != null ? obligation.authorityName() : obligation.recipientName();
        ComposedLetter composed = composer.compose(template, values, List.of(to == null ? obligation.ruleId() : to),
                date, draft);
        RenderedLetter rendered = renderer.render(composed.document());
        Path file = out.toAbsolutePath().normalize();
        LetterFiles.writeAtomically(file, rendered.pdf());
        String sha = LetterFiles.sha256(rendered.pdf());
        BatchRecord batch = store.startBatch(file.toString(), template.id(), "obligation " + obligation.ruleId()
                + " in " + obligation.jurisdiction(), kind.name(), date, "obligation");
        store.addLetters(List.of(new LetterRecord(batch.id(), 0, obligation.ruleId(), composed.fingerprint(),
                file.getFileName().toString(), rendered.pages(), sha, template.id(), template.version(), clock.instant())));
        store.finishBatch(batch.id(), "complete", 1, rendered.pages(), null, "notice for " + obligation.ruleId()
                + " with " + template.header().label() + approvedDraft + ", sha256 " + sha);
        return new Written(file, template.header().label(), rendered.pages(), sha, batch.id());
    }
}
