package com.breachdesk.letters.pdf;

import com.breachdesk.letters.model.Style;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The letter font: DejaVu Sans 2.37 in four faces (Latin, Cyrillic incl. Ukrainian ґ є і ї), shipped in
 * {@code net.sf.jasperreports:jasperreports-fonts} under the Bitstream Vera / DejaVu licence (copied to
 * {@code letters/fonts/DejaVu-LICENSE.txt}). Holds the font files' bytes and their glyph metrics, which
 * are immutable and shared by all threads; each thread parses its own {@link TrueTypeFont} for embedding.
 *
 * <p>At start-up each face is cut down to the scripts our layout prints correctly: left-to-right scripts
 * whose letters need no shaping (Latin, Greek, Cyrillic) plus punctuation and common symbols. A character
 * outside them (Arabic, Hebrew, combining marks, emoji) is reported as one the font cannot print, instead of
 * coming out unshaped or in the wrong order. PDFBox builds a width table over every glyph of a font for each
 * document that embeds it; with about a third of DejaVu's glyphs, that cost (the largest per letter) drops
 * accordingly. The embedded font in each PDF is, as before, a subset of the glyphs the letter uses.
 */
final class FontFaces {

    static final String FAMILY = "DejaVu Sans";
    private static final String BASE = "/net/sf/jasperreports/fonts/dejavu/";
    private static final Map<Style, String> FILES = Map.of(
            Style.REGULAR, "DejaVuSans.ttf",
            Style.BOLD, "DejaVuSans-Bold.ttf",
            Style.ITALIC, "DejaVuSans-Oblique.ttf",
            Style.BOLD_ITALIC, "DejaVuSans-BoldOblique.ttf");

    /** Advance widths of one face for the Basic Multilingual Plane, in 1/1000 em; 0 width and no glyph = missing. */
    static final class Metrics {
        private final float[] widths = new float[0x10000];
        private final boolean[] present = new boolean[0x10000];

        float width(int codePoint) {
            return codePoint < 0x10000 ? widths[codePoint] : 0;
        }

        boolean has(int codePoint) {
            return codePoint < 0x10000 && present[codePoint];
        }
    }

    /** Unicode ranges kept from the font (inclusive pairs): see the class comment. */
    static final int[] RANGES = {
            0x0020, 0x007E, 0x00A0, 0x024F, 0x02B0, 0x02FF, 0x0370, 0x03FF, 0x0400, 0x052F, 0x1E00, 0x1EFF,
            0x2010, 0x2027, 0x2030, 0x205E, 0x2070, 0x209F, 0x20A0, 0x20CF, 0x2100, 0x214F, 0x2150, 0x218F,
            0x2190, 0x21FF, 0x2200, 0x22FF, 0x25A0, 0x25FF, 0x2713, 0x2717};

    private final Map<Style, byte[]> files = new EnumMap<>(Style.class);
    private final Map<Style, Metrics> metrics = new EnumMap<>(Style.class);
    private final Map<Style, EmbeddingFace> embedding = new EnumMap<>(Style.class);

    FontFaces() {
        for (Style style : Style.values()) {
            try {
                byte[] bytes = trim(read(BASE + FILES.get(style)));
                files.put(style, bytes);
                try (TrueTypeFont ttf = parse(bytes)) {
                    metrics.put(style, measure(ttf));
                    embedding.put(style, new EmbeddingFace(ttf));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The letter font " + FILES.get(style) + " cannot be read", e);
            }
        }
    }

    Metrics metrics(Style style) {
        return metrics.get(style);
    }

    /** What embedding each face needs (glyph ids, widths, descriptor), shared by all threads. */
    Map<Style, EmbeddingFace> embedding() {
        return embedding;
    }

    /** A new parsed copy of one face, with glyph substitution off (faster, and text extracts without ligatures). */
    TrueTypeFont open(Style style) {
        try {
            return parse(files.get(style));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The face with only the glyphs of {@link #RANGES}, as font file bytes. */
    static byte[] trim(byte[] full) throws IOException {
        try (TrueTypeFont ttf = parse(full)) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            TTFSubsetter subsetter = new TTFSubsetter(ttf);
            for (int r = 0; r < RANGES.length; r += 2) {
                for (int cp = RANGES[r]; cp <= RANGES[r + 1]; cp++) {
                    if (cmap.getGlyphId(cp) != 0) {
                        subsetter.add(cp);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(full.length / 2);
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        ttf.setEnableGsub(false);
        return ttf;
    }

    private static Metrics measure(TrueTypeFont ttf) throws IOException {
        Metrics m = new Metrics();
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        float scale = 1000f / ttf.getUnitsPerEm();
        for (int cp = 0; cp < 0x10000; cp++) {
            int gid = cmap.getGlyphId(cp);
            if (gid != 0) {
                m.present[cp] = true;
                m.widths[cp] = ttf.getAdvanceWidth(gid) * scale;
            }
        }
        return m;
    }

    private static byte[] read(String resource) {
        try (InputStream in = FontFaces.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The letter font " + resource + " is missing from this build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
