package com.breachdesk.privilege;

/** Something in a case that may be marked as legal privilege (a timeline note, a review comment). */
public interface Privileged {

    /** True when the item is covered by legal privilege and must stay out of exports unless asked for. */
    boolean privileged();
}
