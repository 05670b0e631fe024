package com.breachdesk.letters.store;

import com.breachdesk.audit.AuditChange;
import com.breachdesk.casefile.CaseTransaction;
import com.breachdesk.roster.NotificationMarks;
import com.breachdesk.roster.NotificationStatus;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a letter batch does to its people's notification status in the roster. A completed batch drawn from the
 * roster takes its people from pending to letter_generated (in the transaction that completes it); marking a
 * final batch as sent, once the letters went out, takes them from letter_generated to sent. Each move is audited
 * once per batch, with its counts, not once per person. Batches from a mailing file change no one's status.
 */
public final class BatchNotifications {

    private static final int PAGE = 2_000;

    private BatchNotifications() {
    }

    /** For {@link LetterStore#finishBatch}: marks the completed batch's people letter_generated; returns the count in words. */
    public static String markGenerated(CaseTransaction tx, long batchId) throws SQLException {
        long n = move(tx, batchId, Set.of(NotificationStatus.PENDING), NotificationStatus.LETTER_GENERATED);
        return n + " " + (n == 1 ? "person" : "people") + " pending \u2192 letter_generated";
    }

    /**
     * Records, inside the caller's transaction, that a final batch was mailed at {@code sentAt}: its people with
     * letter_generated become sent (people whose status moved on otherwise, e.g. undeliverable, are left alone).
     * One audit entry for the batch. Returns how many people became sent. {@code delivery.NoticeDelivery} calls this
     * in the transaction that records the notice and its evidence.
     */
    public static long markSent(CaseTransaction tx, long batchId, Instant sentAt) throws SQLException {
        BatchRecord batch = LetterStore.batch(tx.connection(), batchId)
                .orElseThrow(() -> new IllegalArgumentException("There is no letter batch " + batchId));
        if (!batch.finished()) {
            throw new IllegalArgumentException("Letter batch " + batchId + " is " + batch.status()
                    + "; only a complete batch can be marked as sent");
        }
        if (!"FINAL".equals(batch.kind())) {
            throw new IllegalArgumentException("Letter batch " + batchId + " is a DRAFT batch; its letters are stamped "
                    + "DRAFT and are not to be mailed");
        }
        if (!batch.fromRoster()) {
            throw new IllegalArgumentException("Letter batch " + batchId + " was made from " + batch.source()
                    + ", not the case roster, so it has no people to mark as sent");
        }
        long n = move(tx, batchId, Set.of(NotificationStatus.LETTER_GENERATED), NotificationStatus.SENT);
        tx.audit(new AuditChange("mark_sent", "letter_batch", Long.toString(batchId), null, null,
                "sent " + sentAt + ": " + n + " " + (n == 1 ? "person" : "people") + " letter_generated \u2192 sent"));
        return n;
    }

    private static long move(CaseTransaction tx, long batchId, Set<NotificationStatus> from, NotificationStatus to)
            throws SQLException {
        long moved = 0;
        long after = -1;
        while (true) {
            List<LetterStore.PositionedPerson> page = LetterStore.personIds(tx.connection(), batchId, after, PAGE);
            if (page.isEmpty()) {
                return moved;
            }
            List<Long> ids = new ArrayList<>(page.size());
            for (LetterStore.PositionedPerson p : page) {
                ids.add(Long.parseLong(p.personId()));
            }
            moved += NotificationMarks.advance(tx, ids, from, to);
            after = page.get(page.size() - 1).position();
        }
    }
}
