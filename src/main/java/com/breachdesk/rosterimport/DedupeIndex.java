package com.breachdesk.rosterimport;

/**
 * Key → person id for a million people within a 512 MB heap: keys are kept as 64-bit hashes in an
 * open-addressing table of primitives (~16 bytes a key) instead of strings in a HashMap (~120 bytes).
 * A hash hit is only a candidate: the importer compares the real key of the person it points to before
 * merging, so a hash collision can never merge two people.
 */
final class DedupeIndex {

    private long[] hashes;
    private long[] ids;
    private int size;

    DedupeIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        hashes = new long[capacity];
        ids = new long[capacity];
    }

    /** The person id stored for a key hash from {@link #hash}, or 0. */
    long get(long h) {
        int mask = hashes.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            if (hashes[i] == 0) {
                return 0;
            }
            if (hashes[i] == h) {
                return ids[i];
            }
        }
    }

    /** Points the key at {@code personId} unless it already points at someone (the first person keeps a key). */
    void putIfAbsent(MatchKeys kind, String key, long personId) {
        putIfAbsent(hash(kind, key), personId);
    }

    void putIfAbsent(long h, long personId) {
        if (size * 10L >= hashes.length * 6L) {
            grow();
        }
        int mask = hashes.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            if (hashes[i] == 0) {
                hashes[i] = h;
                ids[i] = personId;
                size++;
                return;
            }
            if (hashes[i] == h) {
                return;
            }
        }
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldIds = ids;
        hashes = new long[oldHashes.length * 2];
        ids = new long[oldIds.length * 2];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            long h = oldHashes[j];
            if (h != 0) {
                int i = (int) h & mask;
                while (hashes[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = h;
                ids[i] = oldIds[j];
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
