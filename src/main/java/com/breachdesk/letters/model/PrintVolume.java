package com.breachdesk.letters.model;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/** A print-ready PDF assembled from finished letters, in order. Used from one thread. */
public interface PrintVolume extends AutoCloseable {

    /**
     * @param duplexBlankPages add a blank page after a letter with an odd page count, so every letter starts on a new sheet
     * @param draft            stamp blank pages DRAFT too
     */
    record Settings(String title, String author, LocalDate created, byte[] documentId, boolean duplexBlankPages,
                    boolean draft) {
    }

    /** Appends the letter's pages; returns the pages added (including a duplex blank page). */
    int append(PrintablePages letter);

    int pages();

    int letters();

    /** Writes the volume to {@code file} (atomically) and releases it. */
    void save(Path file) throws IOException;

    @Override
    void close();
}
