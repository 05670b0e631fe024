package com.breachdesk.delivery;

import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.time.MomentInZone;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A notice marked as sent: a batch of letters to people ({@code batchId}) or a notice to an authority for one
 * obligation ({@code obligation}); when, how, the recipient's reference, the evidence attached, and for a batch how
 * many roster people it moved to "sent". Marking again adds a new record; the newest one counts.
 */
public record SentNotice(long id, OptionalLong batchId, Optional<ObligationKey> obligation, MomentInZone sentAt,
                         SendChannel channel, String reference, Optional<EvidenceFile> evidence, Long people,
                         String recordedBy, Instant recordedAt) {
}
