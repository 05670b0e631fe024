package com.breachdesk.rosterimport;

import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs an import's writes to the case file on a thread of its own, one after another in the order they were
 * handed over, so that binding and stepping SQLite statements (most of the storing work at a million rows) overlaps
 * the matching of the rows that follow. Whoever hands writes over must not touch the connection until
 * {@link #drain} has returned. A write that fails stops the rest; the failure is thrown by the next call.
 */
final class WriteBehind implements AutoCloseable {

    /** One write against the transaction's connection. */
    @FunctionalInterface
    interface Write {
        void run() throws SQLException;
    }

    /** Marks the point a {@link #drain} waits for; run even after a failure, so that the caller is let go. */
    private record Mark(CountDownLatch passed) implements Write {
        @Override
        public void run() {
            passed.countDown();
        }
    }

    private static final Write STOP = () -> { };

    private final BlockingQueue<Write> queue;
    private final Thread thread;
    private volatile Throwable failure;
    /** Writes handed over and not yet done (or skipped); read by the caller to skip a drain with nothing to wait for. */
    private final AtomicLong outstanding = new AtomicLong();

    /** @param capacity writes that may wait at once; beyond that, {@link #submit} waits (a batch of rows is one). */
    WriteBehind(int capacity, String threadName) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::work, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands a write over; it runs after every write handed over before it. */
    void submit(Write write) throws SQLException, InterruptedException {
        rethrow();
        outstanding.incrementAndGet();
        queue.put(write);
    }

    /** True when no write is waiting or running: the connection is the caller's until the next submit. */
    boolean idle() {
        return outstanding.get() == 0;
    }

    /** Waits until every write handed over so far is done; the connection is then the caller's until the next submit. */
    void drain() throws SQLException, InterruptedException {
        if (outstanding.get() > 0) {
            Mark mark = new Mark(new CountDownLatch(1));
            outstanding.incrementAndGet();
            queue.put(mark);
            mark.passed().await();
        }
        rethrow();
    }

    private void work() {
        try {
            for (;;) {
                Write next = queue.take();
                if (next == STOP) {
                    return;
                }
                if (next instanceof Mark mark) {
                    // Counted off before the caller is let go: once drain returns, idle() is true.
                    outstanding.decrementAndGet();
                    mark.run();
                    continue;
                }
                try {
                    if (failure == null) {
                        next.run();
                    }
                } catch (SQLException | RuntimeException | Error e) {
                    // Kept, not thrown here: this thread goes on taking (and skipping) writes, so that nobody
                    // waiting on it hangs, and the next submit or drain reports the failure.
                    failure = e;
                } finally {
                    outstanding.decrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() throws SQLException {
        Throwable f = failure;
        if (f instanceof SQLException sql) {
            throw new SQLException(sql.getMessage(), sql.getSQLState(), sql.getErrorCode(), sql);
        }
        if (f != null) {
            throw new IllegalStateException("Writing the import failed: " + f.getMessage(), f);
        }
    }

    /**
     * Stops the thread once the write in progress is done; writes still waiting are dropped (the import is over, or
     * being rolled back). Returns only when the thread no longer uses the connection.
     */
    @Override
    public void close() {
        queue.clear();
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(STOP);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
