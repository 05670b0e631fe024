package com.breachdesk.ui.scope;

import com.breachdesk.cache.RecentlyUsed;
import com.breachdesk.roster.Person;
import com.breachdesk.roster.Roster;
import com.breachdesk.roster.RosterFilter;
import com.breachdesk.ui.common.TaskRunner;
import javafx.collections.ObservableListBase;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roster as a list a TableView can show without holding a million rows: its size is the count of
 * matching people, and a row is read from SQLite (a page of 200 at a time, in the background) only when
 * the table asks for it. Rows not read yet are null (an empty line) until their page arrives. The most
 * recently shown 40 pages are kept; the rest are dropped.
 */
public final class LazyRoster extends ObservableListBase<Person> {

    static final int PAGE = 200;
    private static final int KEEP_PAGES = 40;

    private final TaskRunner runner;
    private final Map<Integer, List<Person>> pages = RecentlyUsed.map(KEEP_PAGES);
    private final Set<Integer> loading = new HashSet<>();
    private Roster roster;
    private RosterFilter filter = RosterFilter.ALL;
    private int size;
    private long generation;

    public LazyRoster(TaskRunner runner) {
        this.runner = runner;
    }

    /** Shows {@code count} people of {@code roster} matching {@code filter}; null roster shows nothing. */
    public void reset(Roster newRoster, RosterFilter newFilter, long count) {
        int old = size;
        roster = newRoster;
        filter = newFilter;
        size = newRoster == null ? 0 : (int) Math.min(Integer.MAX_VALUE, count);
        pages.clear();
        loading.clear();
        generation++;
        beginChange();
        nextReplace(0, size, Collections.nCopies(old, null));
        endChange();
    }

    @Override
    public Person get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE;
        List<Person> rows = pages.get(page);
        if (rows == null) {
            load(page);
            rows = pages.get(page); // present already when the runner works inline
        }
        int at = index % PAGE;
        return rows != null && at < rows.size() ? rows.get(at) : null;
    }

    @Override
    public int size() {
        return size;
    }

    private void load(int page) {
        if (roster == null || !loading.add(page)) {
            return;
        }
        Roster from = roster;
        RosterFilter f = filter;
        long asked = generation;
        runner.run(() -> from.pageAt(f, (long) page * PAGE, PAGE), rows -> {
            if (asked != generation) {
                return; // the filter changed meanwhile
            }
            loading.remove(page);
            pages.put(page, rows);
            int from0 = page * PAGE;
            int to = Math.min(size, from0 + rows.size());
            if (from0 < to) {
                beginChange();
                for (int i = from0; i < to; i++) {
                    nextUpdate(i);
                }
                endChange();
            }
        }, error -> loading.remove(page));
    }
}
