package com.breachdesk.rosterimport;

/** The import was cancelled; the case file is exactly as it was before it started. */
public final class ImportCancelledException extends RuntimeException {

    public ImportCancelledException() {
        super("The import was cancelled; nothing was changed.");
    }
}
