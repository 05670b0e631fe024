package com.breachdesk.ui.obligations;

import com.breachdesk.deadline.Obligation;
import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.deadline.ObligationStatus;
import com.breachdesk.vocabulary.Coded;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One row of the obligations board: the obligation and the words and urgency shown for it at {@code now}. */
public record ObligationRow(Obligation obligation, Instant now) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH);

    public ObligationKey key() {
        return obligation.key();
    }

    public String jurisdiction() {
        return obligation.jurisdiction() + " " + obligation.jurisdictionName();
    }

    public String recipient() {
        return obligation.rule().recipient().type().label() + ": " + obligation.recipientName();
    }

    public String title() {
        String phase = obligation.rule().phase() == null ? "" : " (" + obligation.rule().phase().label().toLowerCase(Locale.ROOT) + ")";
        return obligation.rule().title() + phase;
    }

    /** "Required", "Not required: threshold not met", "Needs information: …", "Done 2026-03-03 09:00 UTC". */
    public String status() {
        if (obligation.done()) {
            return "Done " + UTC.format(obligation.completion().doneAt().atZone(java.time.ZoneOffset.UTC));
        }
        return switch (obligation.status()) {
            case REQUIRED -> "Required";
            case NOT_REQUIRED -> "Not required: " + obligation.why().map(Coded::label).orElse("").toLowerCase(Locale.ROOT);
            case NEEDS_INFORMATION -> "Needs information: " + String.join("; ", obligation.missing());
        };
    }

    public String dueLocal() {
        return obligation.due() == null ? "" : LOCAL.format(obligation.due().atZone(obligation.zone()));
    }

    public String dueUtc() {
        return obligation.due() == null ? "" : UTC.format(obligation.due().atZone(java.time.ZoneOffset.UTC));
    }

    /** "in 2 d 4 h", "overdue by 5 h", or the statute's words when there is no number. */
    public String countdown() {
        if (obligation.status() != ObligationStatus.REQUIRED || obligation.done()) {
            return "";
        }
        if (obligation.due() == null) {
            return obligation.rule().deadlineText();
        }
        Duration left = Duration.between(now, obligation.due());
        return left.isNegative() ? "overdue by " + words(left.negated()) : "in " + words(left);
    }

    public Urgency urgency() {
        if (obligation.done()) {
            return Urgency.DONE;
        }
        if (obligation.status() == ObligationStatus.NOT_REQUIRED) {
            return Urgency.NOT_REQUIRED;
        }
        if (obligation.due() == null) {
            return Urgency.NO_DEADLINE;
        }
        Duration left = Duration.between(now, obligation.due());
        if (left.isNegative()) {
            return Urgency.OVERDUE;
        }
        return left.compareTo(Duration.ofHours(24)) <= 0 ? Urgency.WITHIN_24_HOURS
                : left.compareTo(Duration.ofHours(72)) <= 0 ? Urgency.WITHIN_72_HOURS : Urgency.LATER;
    }

    /** The rule behind the row, for the rule browser: citation, confidence, source, explanation, reasons. */
    public String ruleDetails() {
        var r = obligation.rule();
        StringBuilder b = new StringBuilder()
                .append(r.title()).append("\n")
                .append(r.regime()).append(" — rule ").append(r.key()).append(r.isDraft() ? " (DRAFT, not in force)" : "").append("\n")
                .append("Citation: ").append(r.citation()).append("\n")
                .append("Confidence: ").append(r.confidence().label()).append(" (last reviewed ").append(r.lastReviewed()).append(")\n")
                .append("Source: ").append(r.sourceUrl()).append("\n")
                .append("Valid: ").append(r.validityText()).append("\n\n")
                .append(obligation.explanation()).append("\n");
        if (!obligation.reasons().isEmpty()) {
            b.append("\nWhy:\n");
            obligation.reasons().forEach(x -> b.append(" • ").append(x).append("\n"));
        }
        obligation.judgments().forEach(x -> b.append("\n").append(x).append("\n"));
        obligation.ordering().forEach(x -> b.append("\n").append(x).append("\n"));
        if (!r.contentRequirements().isEmpty()) {
            b.append("\nThe notice must contain:\n");
            r.contentRequirements().forEach(x -> b.append(" • ").append(x).append("\n"));
        }
        if (r.submission() != null) {
            b.append("\nHow to submit: ").append(r.submission()).append("\n");
        }
        if (r.notes() != null) {
            b.append("\nNotes: ").append(r.notes()).append("\n");
        }
        return b.toString();
    }

    private static String words(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        return hours > 0 ? hours + " h " + minutes + " min" : minutes + " min";
    }
}
