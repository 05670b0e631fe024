package com.breachdesk.letters.model;

/** A letter contains something the renderer cannot put on paper faithfully (a glyph the font lacks, an address that does not fit the window). */
public final class UnprintableTextException extends IllegalArgumentException {

    public UnprintableTextException(String message) {
        super(message);
    }
}
