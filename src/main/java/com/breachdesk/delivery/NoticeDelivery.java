package com.breachdesk.delivery;

import com.breachdesk.audit.AuditChange;
import com.breachdesk.audit.AuditedState;
import com.breachdesk.casefile.CaseFile;
import com.breachdesk.casefile.CaseTransaction;
import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.letters.batch.BatchKind;
import com.breachdesk.letters.store.BatchNotifications;
import com.breachdesk.letters.store.BatchRecord;
import com.breachdesk.letters.store.LetterStore;
import com.breachdesk.obligations.CaseAssessments;
import com.breachdesk.obligations.ObligationStore;
import com.breachdesk.time.MomentInZone;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Marking notices as sent, with evidence kept inside the case: a final batch of letters to people (its roster people
 * become "sent"), or the notice to an authority for one obligation (recorded as done on the obligations board, so
 * deadlines show it). Each mark, its evidence and the status change commit in one audited transaction.
 */
public final class NoticeDelivery implements AuditedState {

    /** Receipts and confirmations are small; anything larger is probably the wrong file and would bloat the case. */
    public static final long MAX_EVIDENCE_BYTES = 50L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String NOTICE = "notice_sent";
    static final String EVIDENCE = "evidence";

    /** A file to attach: the name it is kept under and its bytes. */
    public record Evidence(String name, byte[] content) {

        public Evidence {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("Evidence needs a file name");
            }
            if (content.length > MAX_EVIDENCE_BYTES) {
                throw new IllegalArgumentException("Evidence files are kept inside the case and may be at most "
                        + (MAX_EVIDENCE_BYTES >> 20) + " MB; " + name + " has " + (content.length >> 20) + " MB");
            }
        }

        /** Reads a file to attach; refuses a missing, unreadable or oversized file before anything is written. */
        public static Evidence read(Path file) {
            try {
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("Evidence file " + file + " does not exist");
                }
                if (Files.size(file) > MAX_EVIDENCE_BYTES) {
                    throw new IllegalArgumentException("Evidence files are kept inside the case and may be at most "
                            + (MAX_EVIDENCE_BYTES >> 20) + " MB; " + file.getFileName() + " is larger");
                }
                return new Evidence(file.getFileName().toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read evidence file " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * What marking a batch did: the record, and how many of its letters left their person's status as it was (a
     * mailing file's letters name no roster person; a person already marked otherwise, e.g. undeliverable, keeps it).
     */
    public record BatchSent(SentNotice notice, long letters, long statusUnchanged) {
    }

    private final CaseFile caseFile;
    private final ObligationStore obligations;
    private final LetterStore letters;
    private final Clock clock;

    public NoticeDelivery(CaseFile caseFile, ObligationStore obligations, LetterStore letters, Clock clock) {
        this.caseFile = caseFile;
        this.obligations = obligations;
        this.letters = letters;
        this.clock = clock;
    }

    /**
     * Marks a complete FINAL batch as sent. Every roster person a letter of the batch is addressed to (letters name
     * people by roster id) gets the notification status {@code sent}.
     */
    public BatchSent markBatchSent(long batchId, MomentInZone sentAt, SendChannel channel, String reference,
                                   Optional<Evidence> evidence) {
        checkNotFuture(sentAt);
        BatchRecord batch = letters.batch(batchId).orElseThrow(() ->
                new IllegalArgumentException("There is no letter batch #" + batchId));
        if (!BatchKind.FINAL.name().equals(batch.kind())) {
            throw new IllegalArgumentException("Batch #" + batchId + " is a DRAFT batch: its letters are stamped DRAFT "
                    + "and are not sent. Generate a FINAL batch from approved drafts.");
        }
        if (!batch.finished()) {
            throw new IllegalArgumentException("Batch #" + batchId + " is " + batch.status()
                    + ": finish generating it before marking it sent");
        }
        long batchLetters = batch.letters() == null ? 0 : batch.letters();
        return caseFile.write(tx -> {
            Connection c = tx.connection();
            // A roster batch moves its people letter_generated -> sent (and audits that); a mailing file's has no people.
            long people = batch.fromRoster() ? BatchNotifications.markSent(tx, batchId, sentAt.instant()) : 0;
            Long evidenceId = attach(tx, evidence);
            Instant now = now();
            long id = SentNoticeStore.insert(c, batchId, null, sentAt, channel, blankToNull(reference), evidenceId,
                    people, tx.actor(), now);
            SentNotice notice = SentNoticeStore.find(c, id).orElseThrow();
            tx.audit(new AuditChange("mark_sent", NOTICE, Long.toString(id), "record", null, recordText(notice)));
            return new BatchSent(notice, batchLetters, batchLetters - people);
        });
    }

    /**
     * Marks the notice to an authority for one obligation as sent: recorded as done on the obligations board (when,
     * channel, reference) with the evidence, then the case is re-assessed (clocks may start from the notice).
     */
    public SentNotice markObligationSent(CaseAssessments assessments, ObligationKey key, MomentInZone sentAt,
                                         SendChannel channel, String reference, Optional<Evidence> evidence) {
        checkNotFuture(sentAt);
        int ruleVersion = assessments.ruleVersionToMark(key, sentAt.instant());
        SentNotice notice = caseFile.write(tx -> {
            Connection c = tx.connection();
            Long evidenceId = attach(tx, evidence);
            Instant now = now();
            obligations.markDone(tx, key, ruleVersion, sentAt.instant(), channel.id(), reference, now);
            long id = SentNoticeStore.insert(c, null, key, sentAt, channel, blankToNull(reference), evidenceId, null,
                    tx.actor(), now);
            SentNotice made = SentNoticeStore.find(c, id).orElseThrow();
            tx.audit(new AuditChange("mark_sent", NOTICE, Long.toString(id), "record", null, recordText(made)));
            return made;
        });
        assessments.assessAndStore();
        return notice;
    }

    /** Every mark, oldest first. */
    public List<SentNotice> sent() {
        return caseFile.read(SentNoticeStore::all);
    }

    public List<EvidenceFile> evidence() {
        return caseFile.read(EvidenceStore::all);
    }

    /** The bytes of an evidence file, exactly as attached. */
    public byte[] evidenceContent(long evidenceId) {
        return caseFile.read(c -> EvidenceStore.content(c, evidenceId))
                .orElseThrow(() -> new IllegalArgumentException("There is no evidence file #" + evidenceId));
    }

    /**
     * Puts back an evidence file exactly as another case kept it (id, name, who attached it and when), in the
     * caller's transaction: for recreating a case from an export. Refuses bytes that do not match the recorded
     * size and SHA-256, so a damaged or altered receipt never enters the case as evidence.
     */
    public static void restoreEvidence(CaseTransaction tx, EvidenceFile file, byte[] content) throws SQLException {
        String sha = sha256(content);
        if (!sha.equals(file.sha256()) || content.length != file.size()) {
            throw new IllegalArgumentException("evidence file " + file.id() + " (" + file.name() + "): its content does "
                    + "not match its \"sha256\" and \"size\" (the file was damaged or changed after it was exported)");
        }
        EvidenceStore.restore(tx.connection(), file, content);
        tx.audit(new AuditChange("attach_evidence", EVIDENCE, Long.toString(file.id()), "file", null,
                fileText(file.name(), content.length, sha)));
    }

    /**
     * Puts back a notice marked as sent exactly as another case recorded it, in the caller's transaction (its
     * evidence file restored first). The batch's people and the obligation's completion are restored by their own
     * parts of the case.
     */
    public static void restoreSent(CaseTransaction tx, SentNotice notice) throws SQLException {
        SentNoticeStore.restore(tx.connection(), notice);
        tx.audit(new AuditChange("mark_sent", NOTICE, Long.toString(notice.id()), "record", null, recordText(notice)));
    }

    /** Writes an evidence file out of the case (whole or not at all); returns the file written. */
    public Path exportEvidence(long evidenceId, Path out) throws IOException {
        byte[] content = caseFile.read(c -> EvidenceStore.content(c, evidenceId))
                .orElseThrow(() -> new IllegalArgumentException("There is no evidence file #" + evidenceId));
        Path target = out.toAbsolutePath().normalize();
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.write(part, content);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private Long attach(CaseTransaction tx, Optional<Evidence> evidence) throws SQLException {
        if (evidence.isEmpty()) {
            return null;
        }
        Evidence e = evidence.get();
        String sha = sha256(e.content());
        long id = EvidenceStore.insert(tx.connection(), e.name(), e.content(), sha, tx.actor(), now());
        EvidenceFile file = EvidenceStore.find(tx.connection(), id).orElseThrow();
        tx.audit(new AuditChange("attach_evidence", EVIDENCE, Long.toString(id), "file", null, fileText(file.name(),
                file.size(), sha)));
        return id;
    }

    private void checkNotFuture(MomentInZone sentAt) {
        if (sentAt.instant().isAfter(clock.instant().plusSeconds(60))) {
            throw new IllegalArgumentException("A notice cannot be marked sent in the future (" + sentAt.iso() + ")");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String recordText(SentNotice n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batch", n.batchId().isPresent() ? n.batchId().getAsLong() : null);
        m.put("obligation", n.obligation().map(ObligationKey::toString).orElse(null));
        m.put("sent_at", n.sentAt().encode());
        m.put("channel", n.channel().id());
        m.put("reference", n.reference());
        m.put("evidence", n.evidence().map(EvidenceFile::id).orElse(null));
        m.put("people", n.people());
        m.put("recorded_at", n.recordedAt().toString());
        return json(m);
    }

    private static String fileText(String name, long size, String sha256) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("size", size);
        m.put("sha256", sha256);
        return json(m);
    }

    private static String json(Map<String, Object> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public void collect(Connection c, Map<String, String> into) throws SQLException {
        for (SentNotice n : SentNoticeStore.all(c)) {
            into.put(AuditedState.key(NOTICE, Long.toString(n.id()), "record"), recordText(n));
        }
        for (EvidenceFile f : EvidenceStore.all(c)) {
            // The hash of the stored bytes, so a replaced receipt shows up as a mismatch.
            byte[] content = EvidenceStore.content(c, f.id()).orElseThrow();
            into.put(AuditedState.key(EVIDENCE, Long.toString(f.id()), "file"), fileText(f.name(), content.length,
                    sha256(content)));
        }
    }
}
