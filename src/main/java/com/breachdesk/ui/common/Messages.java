package com.breachdesk.ui.common;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.casefile.CaseStorageException;

/** Turns failures into the one or two sentences a user sees; details go to the log, never to the screen. */
public final class Messages {

    private Messages() {
    }

    public static String forUser(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && !(cause instanceof CaseFileRefusedException)
                && !(cause instanceof IllegalArgumentException) && !(cause instanceof CaseStorageException)) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return "Something went wrong (" + cause.getClass().getSimpleName() + "). The details are in the log.";
        }
        return message;
    }
}
