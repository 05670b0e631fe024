package com.breachdesk.letters.pdf;

import com.breachdesk.letters.model.Style;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/** Draws a {@link PageDrawing} into a page's content stream. Fonts are named F1–F4 by face, in every file. */
final class PageDrawer {

    static final Map<Style, COSName> FONT_NAMES = Map.of(
            Style.REGULAR, COSName.getPDFName("F1"),
            Style.BOLD, COSName.getPDFName("F2"),
            Style.ITALIC, COSName.getPDFName("F3"),
            Style.BOLD_ITALIC, COSName.getPDFName("F4"));

    private static final float STAMP_GREY = 0.86f;

    private PageDrawer() {
    }

    static void draw(PDPageContentStream cs, PageDrawing page, float pageWidth, float pageHeight,
                     Function<Style, PDFont> fonts) throws IOException {
        for (PageDrawing.Op op : page.ops) {
            if (op instanceof PageDrawing.Stamp stamp) {
                stamp(cs, stamp, pageWidth, pageHeight, fonts.apply(Style.BOLD));
            }
        }
        boolean inText = false;
        PDFont currentFont = null;
        float currentSize = 0;
        for (PageDrawing.Op op : page.ops) {
            if (op instanceof PageDrawing.Text t) {
                if (!inText) {
                    cs.beginText();
                    inText = true;
                }
                PDFont font = fonts.apply(t.style());
                if (font != currentFont || t.size() != currentSize) {
                    cs.setFont(font, t.size());
                    currentFont = font;
                    currentSize = t.size();
                }
                cs.setTextMatrix(Matrix.getTranslateInstance(t.x(), pageHeight - t.y()));
                cs.showText(t.text());
            } else if (op instanceof PageDrawing.Line l) {
                if (inText) {
                    cs.endText();
                    inText = false;
                    currentFont = null;
                }
                cs.setLineWidth(l.width());
                cs.moveTo(l.x1(), pageHeight - l.y1());
                cs.lineTo(l.x2(), pageHeight - l.y2());
                cs.stroke();
            }
        }
        if (inText) {
            cs.endText();
        }
    }

    private static void stamp(PDPageContentStream cs, PageDrawing.Stamp stamp, float pageWidth, float pageHeight,
                              PDFont font) throws IOException {
        float textWidth = font.getStringWidth(stamp.text()) / 1000f * stamp.size();
        cs.saveGraphicsState();
        cs.setNonStrokingColor(STAMP_GREY);
        cs.beginText();
        cs.setFont(font, stamp.size());
        Matrix m = Matrix.getRotateInstance(Math.toRadians(45), pageWidth / 2, pageHeight / 2);
        m.translate(-textWidth / 2, -stamp.size() / 3);
        cs.setTextMatrix(m);
        cs.showText(stamp.text());
        cs.endText();
        cs.restoreGraphicsState();
    }
}
