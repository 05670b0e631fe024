package com.breachdesk.letters.batch;

import com.breachdesk.letters.data.LetterRecipient;

import java.util.List;

/**
 * Where the people who get letters come from (the scope roster, a mailing file, a test generator), read a
 * page at a time so that a million recipients never sit in memory together. Implementations return
 * recipients in a stable order (the same on every call) and must not hold the case file between pages.
 */
public interface RecipientSource {

    /** How many recipients pass the filter's jurisdiction (the limit is applied by the caller). */
    long count(RecipientFilter filter);

    /** Up to {@code size} recipients that pass the filter, after {@code afterPersonId} (null = from the first). */
    List<LetterRecipient> page(RecipientFilter filter, String afterPersonId, int size);
}
