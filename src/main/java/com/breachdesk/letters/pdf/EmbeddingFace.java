package com.breachdesk.letters.pdf;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What embedding one face needs, worked out once at start-up and shared by all threads: the glyph id of every
 * character, each glyph's advance width in PDF units, and the font descriptor's metrics exactly as PDFBox computes
 * them (taken from one PDFBox embedding into a scratch document). PDFBox otherwise rebuilds all of this for every
 * document, over every glyph of the font: the largest single cost of a letter.
 */
final class EmbeddingFace {

    final String postScriptName;
    final int flags;
    final float[] bbox;
    final float italicAngle;
    final float ascent;
    final float descent;
    final float capHeight;
    final float xHeight;
    final float stemV;
    private final int[] gidOf = new int[0x10000];
    private final int[] widthOf;

    EmbeddingFace(TrueTypeFont ttf) {
        try {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            for (int cp = 0; cp < 0x10000; cp++) {
                gidOf[cp] = cmap.getGlyphId(cp);
            }
            int glyphs = ttf.getNumberOfGlyphs();
            widthOf = new int[glyphs];
            float scale = 1000f / ttf.getUnitsPerEm();
            for (int gid = 0; gid < glyphs; gid++) {
                widthOf[gid] = Math.round(ttf.getAdvanceWidth(gid) * scale);
            }
            try (PDDocument scratch = new PDDocument()) {
                PDFontDescriptor d = PDType0Font.load(scratch, ttf, false).getFontDescriptor();
                postScriptName = d.getFontName();
                flags = d.getFlags();
                bbox = new float[] {d.getFontBoundingBox().getLowerLeftX(), d.getFontBoundingBox().getLowerLeftY(),
                        d.getFontBoundingBox().getUpperRightX(), d.getFontBoundingBox().getUpperRightY()};
                italicAngle = d.getItalicAngle();
                ascent = d.getAscent();
                descent = d.getDescent();
                capHeight = d.getCapHeight();
                xHeight = d.getXHeight();
                stemV = d.getStemV();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The letter font cannot be read", e);
        }
    }

    /** The glyph id of {@code codePoint} (0 = none). */
    int gid(int codePoint) {
        return codePoint < 0x10000 ? gidOf[codePoint] : 0;
    }

    /** Advance width of a glyph in 1/1000 em. */
    int width(int gid) {
        return widthOf[gid];
    }
}
