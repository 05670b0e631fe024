package com.breachdesk.privilege;

import java.util.OptionalLong;

/** Something in a case that may be marked as legal privilege (a timeline entry, a review comment). */
public interface Privileged {

    /** Its id among the items of its kind. */
    long id();

    /** True when the item is covered by legal privilege and must stay out of exports unless asked for. */
    boolean privileged();

    /** The item of the same kind this one corrects; a correction restates what it corrects, so it shares its fate. */
    default OptionalLong corrects() {
        return OptionalLong.empty();
    }
}
