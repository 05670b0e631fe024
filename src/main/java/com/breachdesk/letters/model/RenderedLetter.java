package com.breachdesk.letters.model;

/**
 * A finished letter: the PDF file's bytes and its page count, plus each page's drawing so the print run
 * can place the same pages into one merged file without drawing them again.
 */
public record RenderedLetter(byte[] pdf, int pages, PrintablePages printable) {
}
