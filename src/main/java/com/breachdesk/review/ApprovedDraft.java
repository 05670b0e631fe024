package com.breachdesk.review;

/** The version of a draft that final letters print, with its approval. */
public record ApprovedDraft(DraftVersion version, Approval approval) {
}
