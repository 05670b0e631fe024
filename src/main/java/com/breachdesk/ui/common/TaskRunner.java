package com.breachdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that touches the case file (SQLite) or other slow resources off the FX thread, and hands the
 * result back on it. Tests use {@link InlineTaskRunner}, which runs everything at once on the caller's thread.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Blocks until everything submitted so far has finished (used when closing a case or the app). */
    void drain();
}
