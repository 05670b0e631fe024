package com.breachdesk.letters.pdf;

import com.breachdesk.letters.model.Style;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The letters' PDF foundations for other documents Breachdesk writes (the timeline report): the same embedded
 * DejaVu faces with glyph substitution off, their metrics for layout, and the same PDF/A-2b finishing (fixed
 * metadata and file identifier, sRGB output intent), so every PDF of a case follows one set of rules and the
 * same input gives the same bytes. Thread-safe; build one and share it (loading the faces takes a moment).
 */
public final class ArchivalPdf {

    private final FontFaces faces = new FontFaces();
    private final PdfArchive archive = new PdfArchive();

    /** Width of {@code text} in points; characters the font lacks count as nothing (see {@link #printable}). */
    public float width(Style style, float size, String text) {
        FontFaces.Metrics m = faces.metrics(style);
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += m.width(cp);
            i += Character.charCount(cp);
        }
        return w * size / 1000f;
    }

    /** {@code text} with every character the embedded font cannot print replaced by {@code ?}. */
    public String printable(String text) {
        FontFaces.Metrics m = faces.metrics(Style.BOLD);
        FontFaces.Metrics r = faces.metrics(Style.REGULAR);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            out.appendCodePoint(m.has(cp) && r.has(cp) ? cp : '?');
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Opens the faces for one document; close it after the document is saved. */
    public Fonts embedIn(PDDocument doc) {
        return new Fonts(doc);
    }

    /**
     * Writes {@code doc} as PDF/A-2b with fixed metadata: {@code created} is the document's date (not the time of
     * writing) and {@code documentId} its file identifier, both chosen by the caller so that reruns match.
     */
    public byte[] save(PDDocument doc, String title, String author, String language, LocalDate created,
                       byte[] documentId) {
        try {
            doc.setVersion(1.7f);
            archive.apply(doc, title, author, language, created, documentId, true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the PDF failed: " + e.getMessage(), e);
        }
    }

    /** The four faces embedded (as subsets) in one document, parsed on first use. */
    public final class Fonts implements AutoCloseable {
        private final PDDocument doc;
        private final Map<Style, TrueTypeFont> parsed = new EnumMap<>(Style.class);
        private final Map<Style, PDFont> fonts = new EnumMap<>(Style.class);

        private Fonts(PDDocument doc) {
            this.doc = doc;
        }

        public PDFont get(Style style) {
            return fonts.computeIfAbsent(style, s -> {
                TrueTypeFont ttf = faces.open(s);
                parsed.put(s, ttf);
                try {
                    return PDType0Font.load(doc, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        @Override
        public void close() {
            for (TrueTypeFont f : parsed.values()) {
                try {
                    f.close();
                } catch (IOException ignored) {
                    // font data in memory; nothing to lose
                }
            }
            parsed.clear();
        }
    }
}
