package com.breachdesk.privilege;

import com.breachdesk.timeline.TimelineEntry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a report or an export may show of material under legal privilege. Privileged items are left out
 * unless the user explicitly includes them, and what was left out is counted so the omission is visible.
 * A correction of a left-out entry is left out with it (it would show what the privileged entry said).
 *
 * <p>Which items are privileged is a predicate, so more kinds (review comments) plug in the same way.
 */
public final class PrivilegeFilter {

    /** Count keys, as they appear in exports ({@code "excluded": {...}}). */
    public static final String PRIVILEGED_TIMELINE_ENTRIES = "privileged_timeline_entries";
    public static final String CORRECTIONS_OF_EXCLUDED_ENTRIES = "corrections_of_excluded_entries";

    private final boolean includePrivileged;
    private final Predicate<TimelineEntry> privilegedEntry;
    private final Map<String, Long> excluded = new LinkedHashMap<>();
    private final Set<Long> excludedEntryIds = new HashSet<>();

    public PrivilegeFilter(boolean includePrivileged, Predicate<TimelineEntry> privilegedEntry) {
        this.includePrivileged = includePrivileged;
        this.privilegedEntry = privilegedEntry;
    }

    /** Privileged = the entry's own flag. */
    public static PrivilegeFilter of(boolean includePrivileged) {
        return new PrivilegeFilter(includePrivileged, TimelineEntry::privileged);
    }

    public boolean includesPrivileged() {
        return includePrivileged;
    }

    public boolean isPrivileged(TimelineEntry entry) {
        return privilegedEntry.test(entry);
    }

    /** The entries that may be shown, in the given order; counts what it leaves out. */
    public List<TimelineEntry> timeline(List<TimelineEntry> entries) {
        List<TimelineEntry> out = new ArrayList<>(entries.size());
        if (includePrivileged) {
            out.addAll(entries);
            return out;
        }
        // Corrections point back at earlier entries: decide in id order so chains of corrections are followed.
        List<TimelineEntry> byId = new ArrayList<>(entries);
        byId.sort((a, b) -> Long.compare(a.id(), b.id()));
        long privileged = 0;
        long corrections = 0;
        for (TimelineEntry e : byId) {
            if (privilegedEntry.test(e)) {
                excludedEntryIds.add(e.id());
                privileged++;
            } else if (e.corrects().isPresent() && excludedEntryIds.contains(e.corrects().getAsLong())) {
                excludedEntryIds.add(e.id());
                corrections++;
            }
        }
        for (TimelineEntry e : entries) {
            if (!excludedEntryIds.contains(e.id())) {
                out.add(e);
            }
        }
        excluded.put(PRIVILEGED_TIMELINE_ENTRIES, privileged);
        if (corrections > 0) {
            excluded.put(CORRECTIONS_OF_EXCLUDED_ENTRIES, corrections);
        }
        return out;
    }

    /** Whether {@link #timeline} left out the entry with this id. */
    public boolean excludedEntry(long id) {
        return excludedEntryIds.contains(id);
    }

    /** What was left out, by kind; empty when privileged material was included. */
    public Map<String, Long> excluded() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(excluded));
    }

    /** The total number of items left out. */
    public long excludedCount() {
        return excluded.values().stream().mapToLong(Long::longValue).sum();
    }
}
