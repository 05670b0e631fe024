package com.breachdesk.rosterimport;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriteBehindTest {

    @Test
    void runsWritesOnItsOwnThreadInTheOrderTheyWereHandedOver() throws Exception {
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        try (WriteBehind writes = new WriteBehind(4, "test-writer")) {
            for (int i = 0; i < 500; i++) {
                int n = i;
                writes.submit(() -> {
                    done.add(n);
                    threads.add(Thread.currentThread().getName());
                });
            }
            writes.drain();
            assertThat(writes.idle()).isTrue();
        }
        assertThat(done).hasSize(500).isSorted();
        assertThat(threads).containsOnly("test-writer");
    }

    @Test
    void drainWaitsForTheWritesHandedOver() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean written = new AtomicBoolean();
        try (WriteBehind writes = new WriteBehind(4, "test-writer")) {
            writes.submit(() -> {
                await(release);
                written.set(true);
            });
            assertThat(writes.idle()).isFalse();
            release.countDown();
            writes.drain();
            assertThat(written).isTrue();
        }
    }

    @Test
    void aFailedWriteStopsTheOnesAfterItAndIsThrownByTheNextCall() throws Exception {
        AtomicBoolean later = new AtomicBoolean();
        CountDownLatch release = new CountDownLatch(1);
        try (WriteBehind writes = new WriteBehind(4, "test-writer")) {
            writes.submit(() -> {
                await(release);
                throw new SQLException("disk full");
            });
            writes.submit(() -> later.set(true));
            release.countDown();
            assertThatThrownBy(writes::drain).isInstanceOf(SQLException.class).hasMessage("disk full");
            assertThatThrownBy(() -> writes.submit(() -> { })).isInstanceOf(SQLException.class);
        }
        assertThat(later).isFalse();
    }

    @Test
    void anErrorInAWriteIsReportedInsteadOfLeavingTheCallerWaiting() throws Exception {
        try (WriteBehind writes = new WriteBehind(4, "test-writer")) {
            writes.submit(() -> {
                throw new OutOfMemoryError("no memory left for this test");
            });
            assertThatThrownBy(writes::drain).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no memory left for this test");
        }
    }

    @Test
    void closeReturnsOnlyOnceTheWriteInProgressIsDoneAndDropsTheRest() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean();
        AtomicBoolean second = new AtomicBoolean();
        WriteBehind writes = new WriteBehind(4, "test-writer");
        writes.submit(() -> {
            started.countDown();
            sleep(200);
            first.set(true);
        });
        writes.submit(() -> second.set(true));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        writes.close();
        assertThat(first).as("the write in progress finished before close returned").isTrue();
        assertThat(second).as("a write still waiting is dropped").isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
