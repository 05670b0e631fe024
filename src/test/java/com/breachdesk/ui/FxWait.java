package com.breachdesk.ui;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waiting in TestFX flows for work the app does on its worker thread. */
final class FxWait {

    private FxWait() {
    }

    /**
     * Waits (up to a minute: CI machines are slow and shared) until {@code condition} holds, then for pending FX
     * events. A lookup that fails while the scene is being rebuilt counts as "not yet".
     */
    static void until(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            try {
                return condition.getAsBoolean();
            } catch (RuntimeException notYet) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
