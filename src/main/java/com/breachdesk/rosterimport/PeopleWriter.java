package com.breachdesk.rosterimport;

import com.breachdesk.roster.Person;
import com.breachdesk.roster.PersonStore;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds and updates an import's people through a {@link WriteBehind}, and answers for each of them as last added or
 * updated, whether or not its write has run yet. New people wait in a batch; a full batch goes to the writing thread
 * and is kept for lookups a little longer (a duplicate row mostly follows its first row closely). Anything else is
 * read from the database, after the writes handed over are done.
 */
final class PeopleWriter {

    private static final int BATCH = 2_000;
    /** Batches handed over and still answered for from memory. */
    private static final int RECENT_BATCHES = 4;
    /** Updated people answered for from memory; beyond this the writes are waited for and the memory let go. */
    private static final int MAX_UPDATED = 20_000;
    /** Small writes (updates, merge log entries) held back to go over with the next batch. */
    private static final int MAX_HELD = 10_000;

    private final WriteBehind writes;
    private final PersonStore.Inserter inserter;
    private final PersonStore.Finder finder;
    private List<Person> batch = new ArrayList<>(BATCH);
    private final ArrayDeque<List<Person>> recent = new ArrayDeque<>();
    private final Map<Long, Person> updated = new HashMap<>();
    /**
     * Small writes go over with the next batch rather than one by one: handed over singly they filled the writing
     * thread's queue, so matching stalled behind each batch and could not run ahead of the writes.
     */
    private List<WriteBehind.Write> held = new ArrayList<>();

    /**
     * @param inserter and {@code finder} are used by the writing thread, and by the caller's only once it has waited
     *                 for the writes ({@link #find}, {@link #drain})
     */
    PeopleWriter(WriteBehind writes, PersonStore.Inserter inserter, PersonStore.Finder finder) {
        this.writes = writes;
        this.inserter = inserter;
        this.finder = finder;
    }

    /** Adds a new person; ids ascend by one (the importer numbers them so). */
    void add(Person p) throws SQLException, InterruptedException {
        if (!batch.isEmpty() && p.id() != batch.get(batch.size() - 1).id() + 1) {
            handOver();
        }
        batch.add(p);
        if (batch.size() == BATCH) {
            handOver();
        }
    }

    /** The person as last added or updated, from memory when possible, else from the database. */
    Optional<Person> find(long id) throws SQLException, InterruptedException {
        Person p = inMemory(id);
        if (p != null) {
            return Optional.of(p);
        }
        drain();
        return finder.find(id);
    }

    /** Replaces a person's stored values with {@code p} (same id). */
    void update(Person p) throws SQLException, InterruptedException {
        int at = indexIn(batch, p.id());
        if (at >= 0) {
            batch.set(at, p);
            return;
        }
        if (updated.size() >= MAX_UPDATED) {
            drain();
            updated.clear();
            recent.clear();
        }
        updated.put(p.id(), p);
        write(() -> finder.update(p));
    }

    /** A write that goes after every write so far: run now when nothing is waiting, else held for the next batch. */
    void write(WriteBehind.Write w) throws SQLException, InterruptedException {
        if (held.isEmpty() && writes.idle()) {
            w.run();
            return;
        }
        held.add(w);
        if (held.size() >= MAX_HELD) {
            handOverHeld();
        }
    }

    /** Waits for every write handed over; the connection is then the caller's until the next add or update. */
    void drain() throws SQLException, InterruptedException {
        handOverHeld();
        writes.drain();
    }

    /** Writes the people still waiting and waits for every write. */
    void finish() throws SQLException, InterruptedException {
        handOver();
        drain();
    }

    private Person inMemory(long id) {
        int at = indexIn(batch, id);
        if (at >= 0) {
            return batch.get(at);
        }
        Person p = updated.get(id);
        if (p != null) {
            return p;
        }
        for (List<Person> b : recent) {
            at = indexIn(b, id);
            if (at >= 0) {
                return b.get(at);
            }
        }
        return null;
    }

    private static int indexIn(List<Person> people, long id) {
        if (people.isEmpty()) {
            return -1;
        }
        long at = id - people.get(0).id();
        return at >= 0 && at < people.size() ? (int) at : -1;
    }

    private void handOver() throws SQLException, InterruptedException {
        if (batch.isEmpty()) {
            return;
        }
        List<Person> full = batch;
        List<WriteBehind.Write> after = held;
        batch = new ArrayList<>(BATCH);
        held = new ArrayList<>();
        writes.submit(() -> {
            for (Person p : full) {
                inserter.add(p);
            }
            inserter.flush();
            runAll(after);
        });
        recent.addFirst(full);
        if (recent.size() > RECENT_BATCHES) {
            recent.removeLast();
        }
    }

    private void handOverHeld() throws SQLException, InterruptedException {
        if (!held.isEmpty()) {
            List<WriteBehind.Write> after = held;
            held = new ArrayList<>();
            writes.submit(() -> runAll(after));
        }
    }

    private static void runAll(List<WriteBehind.Write> ws) throws SQLException {
        for (WriteBehind.Write w : ws) {
            w.run();
        }
    }
}
