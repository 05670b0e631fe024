package com.breachdesk.cache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bounded memos: a map that keeps the entries used last and drops the least recently used one beyond its capacity.
 * Not thread-safe; each owner keeps its own (one per thread, or behind the owner's own confinement).
 */
public final class RecentlyUsed {

    private RecentlyUsed() {
    }

    /** An empty map holding at most {@code capacity} entries, in order of last use. */
    public static <K, V> Map<K, V> map(int capacity) {
        return new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
