package com.breachdesk.seal;

/** A sealed case could not be opened; the message says why in the user's terms. Nothing was written. */
public final class SealException extends Exception {

    public SealException(String message) {
        super(message);
    }

    public SealException(String message, Throwable cause) {
        super(message, cause);
    }
}
