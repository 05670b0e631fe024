package com.breachdesk.review;

import com.breachdesk.vocabulary.Coded;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where one version of a draft stands in legal review: draft ▸ in review ▸ changes requested ▸ approved ▸ superseded.
 * The transitions are the whole state machine; anything else is refused with a message that says what is allowed.
 * Editing never changes a version: it makes a new one in {@link #DRAFT}, and the edited version keeps its state
 * (an approved version stays approved until a newer version is approved and supersedes it).
 */
public enum ReviewState implements Coded {
    DRAFT("draft", "Draft"),
    IN_REVIEW("in_review", "In review"),
    CHANGES_REQUESTED("changes_requested", "Changes requested"),
    APPROVED("approved", "Approved"),
    SUPERSEDED("superseded", "Superseded");

    private final String id;
    private final String label;

    ReviewState(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** The state this version is in after {@code action}; empty when the action is not allowed now. */
    public Optional<ReviewState> next(ReviewAction action) {
        ReviewState next = switch (this) {
            case DRAFT -> switch (action) {
                case SUBMIT -> IN_REVIEW;
                case EDIT -> DRAFT;
                default -> null;
            };
            case IN_REVIEW -> switch (action) {
                case REQUEST_CHANGES -> CHANGES_REQUESTED;
                case APPROVE -> APPROVED;
                default -> null;
            };
            case CHANGES_REQUESTED -> switch (action) {
                case SUBMIT -> IN_REVIEW;
                case EDIT -> CHANGES_REQUESTED;
                default -> null;
            };
            case APPROVED -> switch (action) {
                case EDIT -> APPROVED;
                case SUPERSEDE -> SUPERSEDED;
                default -> null;
            };
            case SUPERSEDED -> null;
        };
        return Optional.ofNullable(next);
    }

    /** The actions this state allows. */
    public Set<ReviewAction> allowed() {
        Set<ReviewAction> out = EnumSet.noneOf(ReviewAction.class);
        for (ReviewAction a : ReviewAction.values()) {
            if (next(a).isPresent()) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * The state after {@code action} on {@code what} (e.g. "us-ca-individual v2"), or a refusal naming the state
     * and what may be done instead.
     */
    public ReviewState after(ReviewAction action, String what) {
        return next(action).orElseThrow(() -> new ReviewRefusedException(what + " is " + label.toLowerCase(java.util.Locale.ROOT)
                + ": it cannot be " + pastTense(action) + ". " + hint()));
    }

    private String hint() {
        Set<ReviewAction> allowed = allowed();
        if (allowed.isEmpty()) {
            return "A superseded version is history; work on the newest version.";
        }
        return "Allowed now: " + Arrays.stream(ReviewAction.values()).filter(allowed::contains)
                .filter(a -> a != ReviewAction.SUPERSEDE).map(ReviewAction::label).collect(Collectors.joining(", "))
                + ".";
    }

    private static String pastTense(ReviewAction action) {
        return switch (action) {
            case SUBMIT -> "submitted for review";
            case REQUEST_CHANGES -> "sent back for changes";
            case APPROVE -> "approved";
            case EDIT -> "edited";
            case SUPERSEDE -> "superseded";
        };
    }
}
