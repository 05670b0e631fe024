package com.breachdesk.letters.batch;

import com.breachdesk.letters.data.LetterRecipient;

import java.util.List;

/**
 * Where the people who get letters come from (the case roster, a mailing file), read a page at a time so that a
 * million recipients never sit in memory together. Implementations return recipients in a stable order (the same
 * on every call) and must not hold the case file between pages.
 */
public interface RecipientSource {

    /** How many recipients pass the filter (the limit is applied by the caller). */
    long count(RecipientFilter filter);

    /** Up to {@code size} recipients that pass the filter, after {@code afterPersonId} (null = from the first). */
    List<LetterRecipient> page(RecipientFilter filter, String afterPersonId, int size);

    /** The recipients that pass the filter, counted per jurisdiction and language (the limit is not applied). */
    List<RecipientGroup> groups(RecipientFilter filter);

    /** Recorded with each batch: {@code roster}, or {@code file NAME}. */
    String name();

    /** Whether a completed batch moves its people's notification status (only the case roster has one). */
    default boolean tracksNotification() {
        return false;
    }
}
