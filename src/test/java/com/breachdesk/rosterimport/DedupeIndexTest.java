package com.breachdesk.rosterimport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DedupeIndexTest {

    @Test
    void findsEveryKeyAfterGrowingFarBeyondItsInitialSize() {
        DedupeIndex index = new DedupeIndex(16);
        for (int i = 1; i <= 100_000; i++) {
            index.putIfAbsent(MatchKeys.EMAIL, "person" + i + "@example.org", i);
        }
        for (int i = 1; i <= 100_000; i++) {
            assertThat(index.get(DedupeIndex.hash(MatchKeys.EMAIL, "person" + i + "@example.org"))).isEqualTo(i);
        }
    }

    @Test
    void theFirstPersonKeepsAKey() {
        DedupeIndex index = new DedupeIndex(16);
        index.putIfAbsent(MatchKeys.PHONE, "+380441234567", 7);
        index.putIfAbsent(MatchKeys.PHONE, "+380441234567", 9);
        assertThat(index.get(DedupeIndex.hash(MatchKeys.PHONE, "+380441234567"))).isEqualTo(7);
    }

    @Test
    void anUnknownKeyFindsNobody() {
        DedupeIndex index = new DedupeIndex(16);
        index.putIfAbsent(MatchKeys.EMAIL, "a@example.org", 1);
        assertThat(index.get(DedupeIndex.hash(MatchKeys.EMAIL, "b@example.org"))).isZero();
        assertThat(index.get(DedupeIndex.hash(MatchKeys.PHONE, "a@example.org"))).isZero();
    }
}
