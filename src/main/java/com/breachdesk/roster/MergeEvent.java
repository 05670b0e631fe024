package com.breachdesk.roster;

/**
 * One line of the merge report: the row at {@code sourceLine} matched person {@code personId} on
 * {@code matchedOn} (external_id, email or phone) and was merged into them, or was not because
 * {@code detail} shows the two cannot be the same person.
 */
public record MergeEvent(long importId, long sourceLine, long personId, String matchedOn, boolean merged, String detail) {
}
