package com.breachdesk.rosterimport;

/**
 * Key → person id for a million people within a 512 MB heap: keys are kept as 64-bit hashes in an
 * open-addressing table of primitives (~16 bytes a key) instead of strings in a HashMap (~120 bytes).
 * A hash hit is only a candidate: the importer compares the real key of the person it points to before
 * merging, so a hash collision can never merge two people.
 */
final class DedupeIndex {

    /** Hash and id side by side ({@code [2i]}, {@code [2i + 1]}): a probe touches one cache line, not two. */
    private long[] slots;
    private int size;

    DedupeIndex(int expected) {
        slots = new long[2 * capacityFor(expected)];
    }

    /** The smallest power of two that holds {@code expected} keys below the 60 % load at which it grows. */
    private static int capacityFor(int expected) {
        long needed = Math.max(16, expected * 10L / 6 + 1);
        return (int) Math.min(1 << 30, Long.highestOneBit(needed - 1) << 1);
    }

    /** The person id stored for a key hash from {@link #hash}, or 0. */
    long get(long h) {
        int mask = (slots.length >> 1) - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            long at = slots[2 * i];
            if (at == 0) {
                return 0;
            }
            if (at == h) {
                return slots[2 * i + 1];
            }
        }
    }

    /**
     * Reads the slot where a lookup of {@code h} starts, and returns what is there (for the caller to keep, so that
     * the read is not optimised away). Each lookup in a table of 128 MB misses the processor's caches; touching the
     * slots of a few dozen rows in one go lets those misses overlap instead of waiting for each in turn.
     */
    long touch(long h) {
        int mask = (slots.length >> 1) - 1;
        return slots[2 * ((int) h & mask)];
    }

    /** Points the key at {@code personId} unless it already points at someone (the first person keeps a key). */
    void putIfAbsent(MatchKeys kind, String key, long personId) {
        putIfAbsent(hash(kind, key), personId);
    }

    void putIfAbsent(long h, long personId) {
        if (size * 10L >= (slots.length >> 1) * 6L) {
            grow();
        }
        int mask = (slots.length >> 1) - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            long at = slots[2 * i];
            if (at == 0) {
                slots[2 * i] = h;
                slots[2 * i + 1] = personId;
                size++;
                return;
            }
            if (at == h) {
                return;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = (slots.length >> 1) - 1;
        for (int j = 0; j < old.length; j += 2) {
            long h = old[j];
            if (h != 0) {
                int i = (int) h & mask;
                while (slots[2 * i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[2 * i] = h;
                slots[2 * i + 1] = old[j + 1];
            }
        }
    }

    /** FNV-1a over the kind and the key's chars, then a SplitMix64 finaliser to spread the bits; never 0. */
    static long hash(MatchKeys kind, String key) {
        long h = 0xcbf29ce484222325L ^ kind.ordinal();
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h == 0 ? 1 : h;
    }
}
