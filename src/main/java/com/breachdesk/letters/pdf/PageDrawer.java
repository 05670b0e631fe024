package com.breachdesk.letters.pdf;

import com.breachdesk.letters.model.Style;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.util.Matrix;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes a {@link PageDrawing} as a page content stream. Fonts are named F1–F4 by face in every file, and text is
 * written as the glyph ids of the full face (Identity-H), so the same stream is valid in a letter's own file and in
 * a print volume. Records the characters drawn per face: exactly what each document must embed.
 */
final class PageDrawer {

    static final Map<Style, COSName> FONT_NAMES = Map.of(
            Style.REGULAR, COSName.getPDFName("F1"),
            Style.BOLD, COSName.getPDFName("F2"),
            Style.ITALIC, COSName.getPDFName("F3"),
            Style.BOLD_ITALIC, COSName.getPDFName("F4"));

    private static final String STAMP_GREY = "0.86";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final Map<Style, EmbeddingFace> faces;
    private final Map<Style, FontFaces.Metrics> metrics;
    private final Map<Style, BitSet> used = new EnumMap<>(Style.class);
    private final StringBuilder sb = new StringBuilder(8 * 1024);

    PageDrawer(FontFaces fonts) {
        this.faces = fonts.embedding();
        this.metrics = new EnumMap<>(Style.class);
        for (Style s : Style.values()) {
            metrics.put(s, fonts.metrics(s));
        }
    }

    /** Characters drawn so far, per face. */
    Map<Style, BitSet> used() {
        return used;
    }

    /** The page's content stream, uncompressed. */
    byte[] draw(PageDrawing page, float pageWidth, float pageHeight) {
        sb.setLength(0);
        for (PageDrawing.Op op : page.ops) {
            if (op instanceof PageDrawing.Stamp stamp) {
                stamp(stamp, pageWidth, pageHeight);
            }
        }
        boolean inText = false;
        Style currentStyle = null;
        float currentSize = 0;
        for (PageDrawing.Op op : page.ops) {
            if (op instanceof PageDrawing.Text t) {
                if (!inText) {
                    sb.append("BT\n");
                    inText = true;
                }
                if (t.style() != currentStyle || t.size() != currentSize) {
                    font(t.style(), t.size());
                    currentStyle = t.style();
                    currentSize = t.size();
                }
                sb.append("1 0 0 1 ");
                number(t.x()).append(' ');
                number(pageHeight - t.y()).append(" Tm\n");
                text(t.style(), t.text());
            } else if (op instanceof PageDrawing.Line l) {
                if (inText) {
                    sb.append("ET\n");
                    inText = false;
                    currentStyle = null;
                }
                number(l.width()).append(" w\n");
                number(l.x1()).append(' ');
                number(pageHeight - l.y1()).append(" m\n");
                number(l.x2()).append(' ');
                number(pageHeight - l.y2()).append(" l\nS\n");
            }
        }
        if (inText) {
            sb.append("ET\n");
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private void stamp(PageDrawing.Stamp stamp, float pageWidth, float pageHeight) {
        FontFaces.Metrics m = metrics.get(Style.BOLD);
        float width = 0;
        for (int i = 0; i < stamp.text().length(); ) {
            int cp = stamp.text().codePointAt(i);
            width += m.width(cp);
            i += Character.charCount(cp);
        }
        float textWidth = width / 1000f * stamp.size();
        Matrix matrix = Matrix.getRotateInstance(Math.toRadians(45), pageWidth / 2, pageHeight / 2);
        matrix.translate(-textWidth / 2, -stamp.size() / 3);
        sb.append("q\n").append(STAMP_GREY).append(" g\nBT\n");
        font(Style.BOLD, stamp.size());
        number(matrix.getScaleX()).append(' ');
        number(matrix.getShearY()).append(' ');
        number(matrix.getShearX()).append(' ');
        number(matrix.getScaleY()).append(' ');
        number(matrix.getTranslateX()).append(' ');
        number(matrix.getTranslateY()).append(" Tm\n");
        text(Style.BOLD, stamp.text());
        sb.append("ET\nQ\n");
    }

    private void font(Style style, float size) {
        sb.append('/').append(FONT_NAMES.get(style).getName()).append(' ');
        number(size).append(" Tf\n");
    }

    /** {@code <glyph ids> Tj}; the layout has already refused characters the face lacks. */
    private void text(Style style, String text) {
        EmbeddingFace face = faces.get(style);
        BitSet set = used.computeIfAbsent(style, s -> new BitSet());
        sb.append('<');
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int gid = face.gid(cp);
            if (gid == 0) {
                throw new IllegalStateException(LetterLayout.describe(cp) + " has no glyph in the letter font");
            }
            set.set(cp);
            sb.append(HEX[(gid >> 12) & 0xF]).append(HEX[(gid >> 8) & 0xF]).append(HEX[(gid >> 4) & 0xF]).append(HEX[gid & 0xF]);
        }
        sb.append("> Tj\n");
    }

    /** A number as PDF writes it: at most three decimals, no trailing zeros, the same text for the same value. */
    private StringBuilder number(float v) {
        return number(sb, v);
    }

    /** {@code v} in PDF syntax with at most three decimals and no trailing zeros (deterministic, no locale). */
    static StringBuilder number(StringBuilder sb, float v) {
        long thousandths = Math.round((double) v * 1000);
        if (thousandths < 0) {
            sb.append('-');
            thousandths = -thousandths;
        }
        sb.append(thousandths / 1000);
        long frac = thousandths % 1000;
        if (frac != 0) {
            sb.append('.');
            if (frac < 100) {
                sb.append('0');
            }
            if (frac < 10) {
                sb.append('0');
            }
            long f = frac;
            while (f % 10 == 0) {
                f /= 10;
            }
            sb.append(f);
        }
        return sb;
    }
}
