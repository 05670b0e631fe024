package com.breachdesk.letters.pdf;

import com.breachdesk.letters.model.PrintablePages;
import com.breachdesk.letters.model.Style;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * A finished letter's pages as the print volume reuses them: each page's compressed content stream (which
 * names fonts F1–F4 and, with Identity-H encoding, refers to glyphs by their id in the full font, so it is
 * valid in any file that embeds the same font) and the characters used per face.
 */
record PdfPrintablePages(float width, float height, List<byte[]> contents, Map<Style, BitSet> used)
        implements PrintablePages {

    @Override
    public int pages() {
        return contents.size();
    }
}
