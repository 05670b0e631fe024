package com.breachdesk.report.pdf;

import com.breachdesk.letters.model.PaperFormat;
import com.breachdesk.letters.model.Style;
import com.breachdesk.letters.pdf.ArchivalPdf;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A flowing page layout for reports: a cursor that moves down the page and starts a new one when the next
 * thing does not fit, wrapped text, tables whose header row repeats on every page, and a few shapes for the
 * chart. Coordinates are points from the top-left corner; the PDF's bottom-left origin stays in here.
 */
final class ReportCanvas implements AutoCloseable {

    static final float MM = 72f / 25.4f;

    /** One table cell: text in a face and colour. */
    record Cell(String text, Style style, Rgb color) {
        static Cell of(String text) {
            return new Cell(text, Style.REGULAR, Rgb.TEXT);
        }
    }

    /** A table column: header title and its share of the width. */
    record Column(String title, float weight) {
    }

    /** Draws the header and footer of page {@code number} (1-based) of {@code count}. */
    interface PageDecoration {
        void draw(ReportCanvas canvas, int number, int count);
    }

    private final ArchivalPdf pdf;
    private final PDDocument doc;
    private final ArchivalPdf.Fonts fonts;
    final float width;
    final float height;
    final float left;
    final float right;
    final float top;
    final float bottom;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream cs;
    private float y;

    ReportCanvas(ArchivalPdf pdf, PDDocument doc, PaperFormat paper) {
        this.pdf = pdf;
        this.doc = doc;
        this.fonts = pdf.embedIn(doc);
        this.width = paper.width();
        this.height = paper.height();
        boolean metric = paper == PaperFormat.A4;
        this.left = metric ? 18 * MM : 0.7f * 72;
        this.right = width - left;
        this.top = metric ? 20 * MM : 0.8f * 72;
        this.bottom = height - (metric ? 18 * MM : 0.75f * 72);
    }

    float contentWidth() {
        return right - left;
    }

    float y() {
        return y;
    }

    void moveDown(float by) {
        y += by;
    }

    int pageCount() {
        return pages.size();
    }

    /** Starts a page when none is open or fewer than {@code needed} points are left on this one. */
    void ensure(float needed) {
        if (cs == null || y + needed > bottom) {
            newPage();
        }
    }

    boolean fits(float needed) {
        return cs != null && y + needed <= bottom;
    }

    void newPage() {
        closeStream();
        PDPage page = new PDPage(new PDRectangle(width, height));
        doc.addPage(page);
        pages.add(page);
        try {
            cs = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top;
    }

    // ---- text ----

    String clean(String text) {
        return pdf.printable(text.replace('\t', ' ').replace("\r", ""));
    }

    float textWidth(String text, Style style, float size) {
        return pdf.width(style, size, text);
    }

    void text(float x, float baseline, String text, Style style, float size, Rgb color) {
        String t = clean(text);
        if (t.isEmpty()) {
            return;
        }
        try {
            cs.beginText();
            cs.setFont(fonts.get(style), size);
            cs.setNonStrokingColor(color.r(), color.g(), color.b());
            cs.newLineAtOffset(x, height - baseline);
            cs.showText(t);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void textRight(float rightX, float baseline, String text, Style style, float size, Rgb color) {
        text(rightX - textWidth(clean(text), style, size), baseline, text, style, size, color);
    }

    /** {@code text} cut to {@code maxWidth} with an ellipsis when it is longer. */
    String fit(String text, Style style, float size, float maxWidth) {
        String t = clean(text).replace('\n', ' ');
        if (textWidth(t, style, size) <= maxWidth) {
            return t;
        }
        int end = t.length();
        while (end > 0 && textWidth(t.substring(0, end) + "…", style, size) > maxWidth) {
            end--;
        }
        return t.substring(0, end).stripTrailing() + "…";
    }

    /** Breaks {@code text} into lines no wider than {@code maxWidth}; newlines start new lines. */
    List<String> wrap(String text, Style style, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String para : clean(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (textWidth(candidate, style, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // A word wider than the column (a hash, a URL) is broken where it must be.
                String rest = word;
                while (textWidth(rest, style, size) > maxWidth && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && textWidth(rest.substring(0, cut), style, size) > maxWidth) {
                        cut--;
                    }
                    int hyphen = rest.lastIndexOf('-', cut - 1);
                    if (hyphen > 0) {
                        cut = hyphen + 1; // rule ids and references break after a hyphen
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    // ---- flowing blocks ----

    void heading(String title) {
        ensure(48);
        y += 10;
        text(left, y + 12, title, Style.BOLD, 13, Rgb.TEXT);
        y += 16;
        line(left, y, right, y, 0.6f, Rgb.RULE);
        y += 7;
    }

    void subheading(String title) {
        ensure(36);
        y += 4;
        text(left, y + 10, title, Style.BOLD, 10, Rgb.TEXT);
        y += 15;
    }

    void paragraph(String text, Style style, float size, Rgb color) {
        paragraph(text, style, size, color, 0);
    }

    void paragraph(String text, Style style, float size, Rgb color, float indent) {
        float leading = size * 1.35f;
        for (String line : wrap(text, style, size, contentWidth() - indent)) {
            ensure(leading);
            text(left + indent, y + size, line, style, size, color);
            y += leading;
        }
        y += 3;
    }

    void bullet(String text, Rgb color) {
        float size = 9;
        float leading = size * 1.35f;
        List<String> lines = wrap(text, Style.REGULAR, size, contentWidth() - 12);
        ensure(leading * Math.min(lines.size(), 3));
        for (int i = 0; i < lines.size(); i++) {
            ensure(leading);
            if (i == 0) {
                text(left + 2, y + size, "•", Style.BOLD, size, color);
            }
            text(left + 12, y + size, lines.get(i), Style.REGULAR, size, Rgb.TEXT);
            y += leading;
        }
        y += 1.5f;
    }

    /** Label and value pairs in two columns; the value wraps. */
    void facts(List<String[]> pairs) {
        float size = 9;
        float leading = size * 1.35f;
        float labelWidth = 44 * MM;
        for (String[] pair : pairs) {
            List<String> lines = wrap(pair[1], Style.REGULAR, size, contentWidth() - labelWidth);
            ensure(leading * Math.min(lines.size(), 4));
            text(left, y + size, pair[0], Style.BOLD, size, Rgb.MUTED);
            for (String line : lines) {
                ensure(leading);
                text(left + labelWidth, y + size, line, Style.REGULAR, size, Rgb.TEXT);
                y += leading;
            }
            y += 1.5f;
        }
    }

    /**
     * A table; the header row repeats after every page break. Cells wrap to at most {@code maxLines} lines
     * (the last cut with an ellipsis).
     */
    void table(List<Column> columns, List<List<Cell>> rows, int maxLines) {
        float size = 8.2f;
        float leading = size * 1.3f;
        float pad = 3;
        float total = 0;
        for (Column c : columns) {
            total += c.weight();
        }
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = contentWidth() * columns.get(i).weight() / total;
        }
        float headerHeight = leading + 2 * pad;
        ensure(headerHeight + leading + 2 * pad);
        tableHeader(columns, widths, size, pad, headerHeight);
        int index = 0;
        for (List<Cell> row : rows) {
            List<List<String>> cellLines = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < widths.length; i++) {
                Cell cell = i < row.size() ? row.get(i) : Cell.of("");
                List<String> wrapped = wrap(cell.text(), cell.style(), size, widths[i] - 2 * pad);
                if (wrapped.size() > maxLines) {
                    List<String> cut = new ArrayList<>(wrapped.subList(0, maxLines));
                    cut.set(maxLines - 1, fit(cut.get(maxLines - 1) + " " + wrapped.get(maxLines), cell.style(), size,
                            widths[i] - 2 * pad - 1));
                    if (!cut.get(maxLines - 1).endsWith("…")) {
                        cut.set(maxLines - 1, cut.get(maxLines - 1) + "…");
                    }
                    wrapped = cut;
                }
                cellLines.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            float rowHeight = lines * leading + 2 * pad;
            if (!fits(rowHeight)) {
                newPage();
                tableHeader(columns, widths, size, pad, headerHeight);
            }
            if (index++ % 2 == 1) {
                rect(left, y, contentWidth(), rowHeight, Rgb.STRIPE);
            }
            float x = left;
            for (int i = 0; i < widths.length; i++) {
                Cell cell = i < row.size() ? row.get(i) : Cell.of("");
                List<String> cl = cellLines.get(i);
                for (int l = 0; l < cl.size(); l++) {
                    text(x + pad, y + pad + size + l * leading, cl.get(l), cell.style(), size, cell.color());
                }
                x += widths[i];
            }
            y += rowHeight;
        }
        line(left, y, right, y, 0.4f, Rgb.RULE);
        y += 6;
    }

    private void tableHeader(List<Column> columns, float[] widths, float size, float pad, float headerHeight) {
        rect(left, y, contentWidth(), headerHeight, Rgb.HEADER);
        float x = left;
        for (int i = 0; i < widths.length; i++) {
            text(x + pad, y + pad + size, fit(columns.get(i).title(), Style.BOLD, size, widths[i] - 2 * pad),
                    Style.BOLD, size, Rgb.TEXT);
            x += widths[i];
        }
        y += headerHeight;
    }

    // ---- shapes ----

    void line(float x1, float y1, float x2, float y2, float lineWidth, Rgb color) {
        try {
            cs.setStrokingColor(color.r(), color.g(), color.b());
            cs.setLineWidth(lineWidth);
            cs.moveTo(x1, height - y1);
            cs.lineTo(x2, height - y2);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void dashedLine(float x1, float y1, float x2, float y2, float lineWidth, Rgb color) {
        try {
            cs.saveGraphicsState();
            cs.setLineDashPattern(new float[] {2, 2}, 0);
            line(x1, y1, x2, y2, lineWidth, color);
            cs.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rect(float x, float top, float w, float h, Rgb fill) {
        try {
            cs.setNonStrokingColor(fill.r(), fill.g(), fill.b());
            cs.addRect(x, height - top - h, w, h);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void frame(float x, float top, float w, float h, float lineWidth, Rgb color) {
        try {
            cs.setStrokingColor(color.r(), color.g(), color.b());
            cs.setLineWidth(lineWidth);
            cs.addRect(x, height - top - h, w, h);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled polygon through the given (x, y) points. */
    void polygon(Rgb fill, float... xy) {
        try {
            cs.setNonStrokingColor(fill.r(), fill.g(), fill.b());
            cs.moveTo(xy[0], height - xy[1]);
            for (int i = 2; i < xy.length; i += 2) {
                cs.lineTo(xy[i], height - xy[i + 1]);
            }
            cs.closePath();
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void diamond(float cx, float cy, float r, Rgb fill) {
        polygon(fill, cx, cy - r, cx + r, cy, cx, cy + r, cx - r, cy);
    }

    void triangle(float cx, float cy, float r, Rgb fill) {
        polygon(fill, cx - r, cy + r * 0.8f, cx + r, cy + r * 0.8f, cx, cy - r);
    }

    // ---- finishing ----

    /** Closes the last page and draws each page's header and footer, now that the page count is known. */
    void decorate(PageDecoration decoration) {
        closeStream();
        for (int i = 0; i < pages.size(); i++) {
            try {
                cs = new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true);
                decoration.draw(this, i + 1, pages.size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                closeStream();
            }
        }
    }

    private void closeStream() {
        if (cs != null) {
            try {
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                cs = null;
            }
        }
    }

    @Override
    public void close() {
        closeStream();
        fonts.close();
    }
}
