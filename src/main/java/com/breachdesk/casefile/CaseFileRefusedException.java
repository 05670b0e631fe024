package com.breachdesk.casefile;

import java.nio.file.Path;

/**
 * A case file that Breachdesk will not open. Whatever the reason, the file was not written to:
 * the message says why and what to do next, in words a responder can act on.
 */
public final class CaseFileRefusedException extends Exception {

    public enum Reason {
        NOT_FOUND, ALREADY_EXISTS, NOT_SQLITE, FOREIGN, CORRUPT, NEWER_SCHEMA, OPEN_ELSEWHERE, UNREADABLE
    }

    private final transient Path path;
    private final Reason reason;

    public CaseFileRefusedException(Path path, Reason reason, String message) {
        this(path, reason, message, null);
    }

    public CaseFileRefusedException(Path path, Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
        this.reason = reason;
    }

    public Path path() {
        return path;
    }

    public Reason reason() {
        return reason;
    }
}
