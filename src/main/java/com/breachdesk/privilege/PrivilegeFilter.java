package com.breachdesk.privilege;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a report or an export may show of material under legal privilege. Privileged items are left out
 * unless the user explicitly includes them, and what was left out is counted by kind so the omission is visible.
 * A correction of a left-out item is left out with it (it would show what the privileged item said).
 */
public final class PrivilegeFilter {

    /** The kinds of item that can be privileged, with the keys their left-out counts appear under in exports. */
    public enum Kind {
        TIMELINE_ENTRY("privileged_timeline_entries", "corrections_of_excluded_entries"),
        REVIEW_COMMENT("privileged_review_comments", "corrections_of_excluded_review_comments");

        private final String key;
        private final String correctionsKey;

        Kind(String key, String correctionsKey) {
            this.key = key;
            this.correctionsKey = correctionsKey;
        }

        /** The count key of privileged items of this kind ({@code "excluded": {...}}). */
        public String key() {
            return key;
        }

        /** The count key of corrections left out with them; present only when there were some. */
        public String correctionsKey() {
            return correctionsKey;
        }
    }

    /** Count keys, as they appear in exports ({@code "excluded": {...}}). */
    public static final String PRIVILEGED_TIMELINE_ENTRIES = Kind.TIMELINE_ENTRY.key();
    public static final String CORRECTIONS_OF_EXCLUDED_ENTRIES = Kind.TIMELINE_ENTRY.correctionsKey();
    public static final String PRIVILEGED_REVIEW_COMMENTS = Kind.REVIEW_COMMENT.key();

    private final boolean includePrivileged;
    private final Map<String, Long> excluded = new LinkedHashMap<>();
    private final Map<Kind, Set<Long>> excludedIds = new EnumMap<>(Kind.class);

    private PrivilegeFilter(boolean includePrivileged) {
        this.includePrivileged = includePrivileged;
    }

    /** Privileged items only when {@code includePrivileged}; privileged = the item's own flag. */
    public static PrivilegeFilter of(boolean includePrivileged) {
        return new PrivilegeFilter(includePrivileged);
    }

    public boolean includesPrivileged() {
        return includePrivileged;
    }

    /**
     * The items of one kind that may be shown, in the given order; counts what it leaves out (the count of
     * privileged items is present, possibly 0, whenever privileged material is not included).
     */
    public <T extends Privileged> List<T> filter(Kind kind, List<T> items) {
        List<T> out = new ArrayList<>(items.size());
        if (includePrivileged) {
            out.addAll(items);
            return out;
        }
        Set<Long> left = excludedIds.computeIfAbsent(kind, k -> new HashSet<>());
        // Corrections point back at earlier items: decide in id order so chains of corrections are followed.
        List<T> byId = new ArrayList<>(items);
        byId.sort((a, b) -> Long.compare(a.id(), b.id()));
        long privileged = 0;
        long corrections = 0;
        for (T item : byId) {
            if (item.privileged()) {
                left.add(item.id());
                privileged++;
            } else if (item.corrects().isPresent() && left.contains(item.corrects().getAsLong())) {
                left.add(item.id());
                corrections++;
            }
        }
        for (T item : items) {
            if (!left.contains(item.id())) {
                out.add(item);
            }
        }
        excluded.merge(kind.key(), privileged, Long::sum);
        if (corrections > 0) {
            excluded.merge(kind.correctionsKey(), corrections, Long::sum);
        }
        return out;
    }

    /** Whether {@link #filter} left out the item of this kind with this id. */
    public boolean excluded(Kind kind, long id) {
        return excludedIds.getOrDefault(kind, Set.of()).contains(id);
    }

    /** What was left out, by kind; empty when privileged material was included. */
    public Map<String, Long> excluded() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(excluded));
    }

    /** The total number of items left out. */
    public long excludedCount() {
        return excluded.values().stream().mapToLong(Long::longValue).sum();
    }
}
