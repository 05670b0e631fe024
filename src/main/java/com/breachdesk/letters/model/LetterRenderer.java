package com.breachdesk.letters.model;

import java.util.Optional;

/**
 * Turns a letter into a PDF. Implementations are thread-safe: one renderer serves all worker threads.
 */
public interface LetterRenderer extends AutoCloseable {

    /** The finished PDF; throws {@link UnprintableTextException} when a glyph is missing or the address does not fit. */
    RenderedLetter render(LetterDocument letter);

    /** The first character of {@code text} the letter font cannot print, if any. */
    Optional<String> unprintable(String text);

    /** Checks that the address lines fit the envelope window; empty when they do, else why not. */
    Optional<String> addressProblem(java.util.List<String> lines, EnvelopeLayout envelope);

    /** A print volume: many letters merged into one print-ready PDF with one copy of each font. */
    PrintVolume openPrintVolume(PrintVolume.Settings settings);

    @Override
    void close();
}
