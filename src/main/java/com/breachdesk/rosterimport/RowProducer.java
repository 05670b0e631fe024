package com.breachdesk.rosterimport;

import com.breachdesk.jurisdiction.JurisdictionResolver;
import com.breachdesk.jurisdiction.Resolution;
import com.breachdesk.roster.NotificationStatus;
import com.breachdesk.roster.Person;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reading half of an import, on its own thread: parses rows, reads them through the mapping,
 * resolves jurisdictions and phone numbers, writes rejects, and hands people over in batches. The
 * other half (matching and storing, inside the case transaction) runs on the caller's thread, so the
 * two use both cores of a laptop.
 */
final class RowProducer implements Runnable {

    static final int BATCH = 1_000;

    /** A person read from the file, with the hashes of their match keys (0 = no such key). */
    record Incoming(Person person, long[] keyHashes) {
    }

    /** What the producer hands over: people, or the end (with a failure, if reading failed). */
    record Batch(List<Incoming> people, boolean last, Exception failure) {
    }

    private final CsvRecords records;
    private final RowInterpreter interpreter;
    private final RejectsFile rejects;
    private final JurisdictionResolver resolver;
    private final long importId;
    private final String namespace;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(16);
    private final AtomicLong rowsRead = new AtomicLong();
    private volatile boolean stopped;
    private long datesOfBirthUnread;

    RowProducer(CsvRecords records, RowInterpreter interpreter, RejectsFile rejects, JurisdictionResolver resolver,
                long importId, String namespace) {
        this.records = records;
        this.interpreter = interpreter;
        this.rejects = rejects;
        this.resolver = resolver;
        this.importId = importId;
        this.namespace = namespace;
    }

    @Override
    public void run() {
        try {
            List<Incoming> batch = new ArrayList<>(BATCH);
            Incoming in;
            while (!stopped && (in = next()) != null) {
                batch.add(in);
                if (batch.size() == BATCH) {
                    hand(new Batch(batch, false, null));
                    batch = new ArrayList<>(BATCH);
                }
            }
            hand(new Batch(batch, true, null));
        } catch (IOException | RuntimeException e) {
            handQuietly(new Batch(List.of(), true, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The next person the file yields (bad records go to the rejects on the way), or null at its end. A method of
     * its own, not the body of {@link #run}'s loop: the JIT then compiles it once as a normal method, instead of
     * compiling (and recompiling) {@code run} on the fly with all of parsing and resolving inlined, which cost
     * seconds of a core on a 2-core laptop.
     */
    private Incoming next() throws IOException {
        CsvRow row;
        while ((row = records.next()) != null) {
            rowsRead.incrementAndGet();
            if (row instanceof CsvRow.Malformed bad) {
                rejects.add(bad.line(), bad.raw(), bad.reason());
                continue;
            }
            Candidate candidate;
            try {
                candidate = interpreter.read(row.line(), ((CsvRow.Parsed) row).fields());
            } catch (RowInterpreter.RowRejected e) {
                rejects.add(row.line(), records.lastRaw(), e.getMessage());
                continue;
            }
            if (candidate.dateOfBirthUnread()) {
                datesOfBirthUnread++;
            }
            Person person = toPerson(candidate);
            long[] hashes = new long[MatchKeys.values().length];
            for (MatchKeys kind : MatchKeys.values()) {
                String key = kind.of(person);
                hashes[kind.ordinal()] = key == null ? 0 : DedupeIndex.hash(kind, key);
            }
            return new Incoming(person, hashes);
        }
        return null;
    }

    private Person toPerson(Candidate cand) {
        Person.Address a = cand.address();
        Resolution r = resolver.resolve(new JurisdictionResolver.Clues(a.country(), a.region(), a.postalCode(), cand.phone()));
        String e164 = resolver.phones().e164(cand.phone(), r.country().orElse(null)).orElse(null);
        return new Person(0, importId, cand.line(), cand.externalId() == null ? null : namespace, cand.externalId(),
                cand.fullName(), cand.email(), cand.phone(), e164, a, cand.dateOfBirth(), cand.language(), r,
                cand.categories(), NotificationStatus.PENDING);
    }

    private void hand(Batch batch) throws InterruptedException {
        while (!stopped) {
            if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    private void handQuietly(Batch batch) {
        try {
            hand(batch);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next batch; blocks until one is ready. */
    Batch take() throws InterruptedException {
        return queue.take();
    }

    /** Stops reading (cancel, or the storing side failed). */
    void stop() {
        stopped = true;
        queue.clear();
    }

    long rowsRead() {
        return rowsRead.get();
    }

    /** Valid once the last batch was taken. */
    long datesOfBirthUnread() {
        return datesOfBirthUnread;
    }
}
