package com.breachdesk.casefile;

/** A read or write of an open case file failed; the transaction it was part of was rolled back. */
public final class CaseStorageException extends RuntimeException {

    public CaseStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
