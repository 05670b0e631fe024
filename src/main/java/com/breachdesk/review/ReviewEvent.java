package com.breachdesk.review;

import java.time.Instant;

/** One step in a draft's history: a version created, submitted, sent back, approved or superseded. */
public record ReviewEvent(long id, String templateId, int version, ReviewAction action, ReviewState from,
                          ReviewState to, String note, String actor, Instant at) {
}
