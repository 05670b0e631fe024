package com.breachdesk.rosterimport;

/**
 * What an import tells its caller while it runs, and how the caller stops it. Called on the importing
 * thread; a UI hands the progress over to its own thread.
 */
public interface ImportListener {

    ImportListener NONE = new ImportListener() {
    };

    default void progress(ImportProgress progress) {
    }

    /** Checked every few thousand rows; true ends the import and leaves the case as it was. */
    default boolean cancelled() {
        return false;
    }
}
