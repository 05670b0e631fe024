package com.breachdesk.privilege;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether privileged items go into an export or a report. Every export and report filters through here, so
 * "excluded unless explicitly included" has one meaning everywhere, and what was left out is counted so the
 * output can say so (a silent gap in a report handed to a regulator would look like a missing event).
 */
public enum Privilege {
    /** Privileged items are left out (the default for every export and report). */
    EXCLUDE,
    /** Privileged items are included (the user asked for them explicitly). */
    INCLUDE;

    /** The items an export keeps, and how many privileged ones it left out. */
    public record Filtered<T>(List<T> kept, int excluded) {

        public Filtered {
            kept = List.copyOf(kept);
        }

        /** A line an export prints when it left something out; empty when nothing was. */
        public String notice() {
            return Privilege.notice(excluded);
        }
    }

    public static Privilege of(boolean includePrivileged) {
        return includePrivileged ? INCLUDE : EXCLUDE;
    }

    public boolean includesPrivileged() {
        return this == INCLUDE;
    }

    /** Whether {@code item} goes into the output. */
    public boolean admits(Privileged item) {
        return this == INCLUDE || !item.privileged();
    }

    public <T extends Privileged> Filtered<T> filter(List<T> items) {
        List<T> kept = new ArrayList<>(items.size());
        int excluded = 0;
        for (T item : items) {
            if (admits(item)) {
                kept.add(item);
            } else {
                excluded++;
            }
        }
        return new Filtered<>(kept, excluded);
    }

    /** The visible mark of an exclusion, e.g. "2 items marked legal privilege are not included." */
    public static String notice(int excluded) {
        if (excluded == 0) {
            return "";
        }
        return excluded + (excluded == 1 ? " item" : " items") + " marked legal privilege "
                + (excluded == 1 ? "is" : "are") + " not included.";
    }
}
