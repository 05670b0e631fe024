package com.breachdesk.letters.pdf;

import com.breachdesk.cache.RecentlyUsed;
import com.breachdesk.letters.model.Block;
import com.breachdesk.letters.model.LetterDocument;
import com.breachdesk.letters.model.LetterFrame;
import com.breachdesk.letters.model.Span;
import com.breachdesk.letters.model.Style;
import com.breachdesk.letters.model.UnprintableTextException;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a letter out on pages: letterhead, address in the envelope window, date and reference, then the body
 * with word wrapping, lists, tables and page breaks, and finally "Page X of Y" footers. Every character is
 * checked against the font here: one the font lacks is an error, never a blank box. Nothing in a letter is
 * smaller than 10 points (California requires at least 10-point type).
 */
final class LetterLayout {

    static final float BODY_SIZE = 11f;
    static final float SMALL_SIZE = 10f;
    static final float LEADING = 1.3f;
    static final String DRAFT = "DRAFT";
    private static final float[] HEADING_SIZES = {16f, 13f, 11.5f};
    private static final float INDENT = 18f;
    private static final float CELL_PADDING = 4f;

    /** The result: pages to draw and, per face, the characters used (for font subsetting in print volumes). */
    record Result(List<PageDrawing> pages, Map<Style, BitSet> used) {
    }

    private record Piece(String text, Style style, float width, boolean space) {
    }

    private record Line(List<Piece> pieces, float width) {
    }

    private final FontFaces faces;
    private final LetterFrame frame;
    private final PageGeometry g;
    private final List<PageDrawing> pages = new ArrayList<>();
    private Map<Style, BitSet> used = new EnumMap<>(Style.class);
    private PageDrawing page;
    private float y;
    private Runnable pendingMarker;

    private LetterLayout(FontFaces faces, LetterFrame frame) {
        this.faces = faces;
        this.frame = frame;
        this.g = PageGeometry.of(frame.paper(), frame.envelope());
    }

    static Result layout(FontFaces faces, LetterDocument letter) {
        LetterLayout l = new LetterLayout(faces, letter.frame());
        l.firstPage();
        l.blocks(letter.body(), l.g.left(), l.g.right() - l.g.left());
        l.footers();
        return new Result(List.copyOf(l.pages), l.used);
    }

    /** A page that only carries the DRAFT stamp (duplex filler in a draft print run). */
    static PageDrawing stampOnly() {
        PageDrawing p = new PageDrawing();
        p.ops.add(new PageDrawing.Stamp(DRAFT, 110f));
        return p;
    }

    static String firstUnprintable(FontFaces faces, String text, Style style) {
        FontFaces.Metrics m = faces.metrics(style);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!printable(m, cp)) {
                return describe(cp);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static boolean printable(FontFaces.Metrics m, int cp) {
        return cp == '\n' || m.has(cp);
    }

    static String describe(int cp) {
        return String.format("'%s' (U+%04X)", new String(Character.toChars(cp)), cp);
    }

    // ---- pages and frame

    private void newPage() {
        page = new PageDrawing();
        pages.add(page);
        if (frame.draft()) {
            page.ops.add(new PageDrawing.Stamp(DRAFT, 110f));
            measure(DRAFT, Style.BOLD, 110f);
        }
        y = pages.size() == 1 ? g.firstBodyTop() : g.continuationTop();
    }

    private void firstPage() {
        newPage();
        float ly = g.top();
        boolean first = true;
        for (String text : frame.letterhead()) {
            float size = first ? 14f : SMALL_SIZE;
            Style style = first ? Style.BOLD : Style.REGULAR;
            for (Line line : breakLines(List.of(new Span(text, style)), g.right() - g.left(), size)) {
                ly += size * LEADING;
                if (ly > g.letterheadBottom()) {
                    throw new UnprintableTextException("The letterhead (organization name, address and contact) "
                            + "is too long to end above the address window; shorten the organization address");
                }
                drawLine(line, g.left(), ly - size * (LEADING - 1), size);
            }
            first = false;
        }
        List<Line> address = new ArrayList<>();
        for (String text : frame.recipient()) {
            address.addAll(breakLines(List.of(new Span(text, Style.REGULAR)), g.addressWidth(), SMALL_SIZE));
        }
        if (address.size() > g.addressLines()) {
            throw new UnprintableTextException("The address takes " + address.size() + " lines; the envelope window "
                    + "shows at most " + g.addressLines());
        }
        float ay = g.addressTop();
        for (Line line : address) {
            ay += SMALL_SIZE * 1.2f;
            drawLine(line, g.addressX(), ay - SMALL_SIZE * 0.2f, SMALL_SIZE);
        }
        float iy = g.infoTop();
        for (String text : List.of(frame.dateLabel() + ": " + frame.dateLine(),
                frame.referenceLabel() + ": " + frame.reference())) {
            for (Line line : breakLines(List.of(new Span(text, Style.REGULAR)), g.right() - g.infoX(), SMALL_SIZE)) {
                iy += SMALL_SIZE * LEADING;
                drawLine(line, g.infoX(), iy - SMALL_SIZE * (LEADING - 1), SMALL_SIZE);
            }
        }
    }

    private void footers() {
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            PageDrawing p = pages.get(i);
            String pageText = String.format(frame.pageLabel(), i + 1, total);
            String refText = frame.referenceLabel() + ": " + frame.reference();
            float pageWidth = measure(pageText, Style.REGULAR, SMALL_SIZE);
            float refWidth = measure(refText, Style.REGULAR, SMALL_SIZE);
            if (refWidth + pageWidth + 12 > g.right() - g.left()) {
                throw new UnprintableTextException("The reference " + frame.reference() + " is too long for the footer");
            }
            p.text(g.left(), g.footerBaseline(), Style.REGULAR, SMALL_SIZE, refText);
            p.text(g.right() - pageWidth, g.footerBaseline(), Style.REGULAR, SMALL_SIZE, pageText);
        }
    }

    // ---- blocks

    private void blocks(List<Block> blocks, float x, float width) {
        for (Block b : blocks) {
            block(b, x, width);
        }
    }

    private void block(Block b, float x, float width) {
        if (b instanceof Block.Heading h) {
            float size = HEADING_SIZES[Math.min(h.level(), HEADING_SIZES.length) - 1];
            List<Line> lines = breakLines(h.spans(), width, size);
            float needed = (lines.size() * size + 2 * BODY_SIZE) * LEADING + size * 0.6f;
            if (y > topOfPage() && y + needed > g.bottom()) {
                newPage();
            }
            if (y > topOfPage()) {
                y += size * 0.6f;
            }
            emit(lines, x, size);
            y += size * 0.25f;
        } else if (b instanceof Block.Paragraph p) {
            emit(breakLines(p.spans(), width, BODY_SIZE), x, BODY_SIZE);
            y += BODY_SIZE * 0.55f;
        } else if (b instanceof Block.ListBlock list) {
            list(list, x, width);
        } else if (b instanceof Block.Indented indented) {
            blocks(indented.blocks(), x + INDENT, width - INDENT);
        } else if (b instanceof Block.Table table) {
            table(table, x, width);
        } else if (b instanceof Block.Rule) {
            ensureRoom(BODY_SIZE);
            page.line(x, y + BODY_SIZE * 0.5f, x + width, y + BODY_SIZE * 0.5f, 0.5f);
            y += BODY_SIZE;
        } else if (b instanceof Block.PageBreak) {
            newPage();
        }
    }

    private void list(Block.ListBlock list, float x, float width) {
        int n = list.start();
        float markerWidth = list.ordered() ? INDENT + 6 : INDENT;
        for (List<Block> item : list.items()) {
            String marker = list.ordered() ? (n++) + "." : "\u2022";
            float mw = measure(marker, Style.REGULAR, BODY_SIZE);
            float mx = x + markerWidth - 6 - mw;
            pendingMarker = () -> page.text(mx, baseline(BODY_SIZE), Style.REGULAR, BODY_SIZE, marker);
            float before = y;
            blocks(item, x + markerWidth, width - markerWidth);
            if (pendingMarker != null) {
                ensureRoom(BODY_SIZE * LEADING);
                pendingMarker.run();
                pendingMarker = null;
                y = Math.max(y, before + BODY_SIZE * LEADING);
            }
            y -= BODY_SIZE * 0.3f;
        }
        y += BODY_SIZE * 0.3f;
    }

    private float topOfPage() {
        return pages.size() == 1 ? g.firstBodyTop() : g.continuationTop();
    }

    private void ensureRoom(float height) {
        if (y + height > g.bottom()) {
            newPage();
        }
    }

    private float baseline(float size) {
        return y + size * 1.02f;
    }

    private void emit(List<Line> lines, float x, float size) {
        for (Line line : lines) {
            ensureRoom(size * LEADING);
            if (pendingMarker != null) {
                pendingMarker.run();
                pendingMarker = null;
            }
            drawLine(line, x, baseline(size), size);
            y += size * LEADING;
        }
    }

    private void drawLine(Line line, float x, float baseline, float size) {
        float cx = x;
        StringBuilder run = new StringBuilder();
        Style runStyle = null;
        float runX = x;
        for (Piece p : line.pieces()) {
            if (p.style() != runStyle) {
                if (runStyle != null) {
                    page.text(runX, baseline, runStyle, size, run.toString());
                }
                run.setLength(0);
                runStyle = p.style();
                runX = cx;
            }
            run.append(p.text());
            cx += p.width();
        }
        if (runStyle != null) {
            page.text(runX, baseline, runStyle, size, run.toString());
        }
    }

    private void table(Block.Table table, float x, float width) {
        int columns = table.rows().stream().mapToInt(List::size).max().orElse(0);
        if (columns == 0) {
            return;
        }
        float size = SMALL_SIZE;
        float[] natural = new float[columns];
        for (List<List<Span>> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                float w = 0;
                for (Span s : row.get(c)) {
                    w += measure(s.text(), s.style(), size);
                }
                natural[c] = Math.max(natural[c], w + 2 * CELL_PADDING);
            }
        }
        float[] widths = columnWidths(natural, width);
        ensureRoom(size * LEADING * 2);
        page.line(x, y, x + width, y, 0.5f);
        for (List<List<Span>> row : table.rows()) {
            List<List<Line>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < columns; c++) {
                List<Span> spans = c < row.size() ? row.get(c) : List.of();
                List<Line> lines = breakLines(spans, widths[c] - 2 * CELL_PADDING, size);
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            float rowHeight = height * size * LEADING + 2 * CELL_PADDING;
            if (y + rowHeight > g.bottom()) {
                if (rowHeight > g.bottom() - g.continuationTop()) {
                    throw new UnprintableTextException("A table row is taller than a page; split the cell text");
                }
                newPage();
                page.line(x, y, x + width, y, 0.5f);
            }
            float cx = x;
            for (int c = 0; c < columns; c++) {
                float ly = y + CELL_PADDING;
                for (Line line : cells.get(c)) {
                    drawLine(line, cx + CELL_PADDING, ly + size * 1.02f, size);
                    ly += size * LEADING;
                }
                page.line(cx, y, cx, y + rowHeight, 0.5f);
                cx += widths[c];
            }
            page.line(x + width, y, x + width, y + rowHeight, 0.5f);
            y += rowHeight;
            page.line(x, y, x + width, y, 0.5f);
        }
        y += BODY_SIZE * 0.8f;
    }

    /** Natural widths when they fit (stretched to the text width), else shared out so short columns stay whole. */
    static float[] columnWidths(float[] natural, float width) {
        int n = natural.length;
        float total = 0;
        for (float w : natural) {
            total += w;
        }
        float[] out = new float[n];
        if (total <= width) {
            for (int i = 0; i < n; i++) {
                out[i] = natural[i] * width / total;
            }
            return out;
        }
        float fair = width / n;
        float spare = 0;
        float wanting = 0;
        for (int i = 0; i < n; i++) {
            if (natural[i] <= fair) {
                out[i] = natural[i];
                spare += fair - natural[i];
            } else {
                wanting += natural[i] - fair;
            }
        }
        for (int i = 0; i < n; i++) {
            if (natural[i] > fair) {
                out[i] = fair + spare * (natural[i] - fair) / wanting;
            }
        }
        return out;
    }

    // ---- text

    /** Width of {@code text} in points; records the characters as used and refuses ones the font lacks. */
    private float measure(String text, Style style, float size) {
        FontFaces.Metrics m = faces.metrics(style);
        BitSet set = used.computeIfAbsent(style, s -> new BitSet());
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!m.has(cp)) {
                throw new UnprintableTextException("The letter contains " + describe(cp) + ", which the letter font ("
                        + FontFaces.FAMILY + ") cannot print; correct the text or the recipient's data");
            }
            set.set(cp);
            w += m.width(cp);
            i += Character.charCount(cp);
        }
        return w * size / 1000f;
    }

    private record BreakKey(FontFaces faces, List<Span> spans, float width, float size) {
    }

    /** Lines of one wrapped text and, per face, the characters they use. */
    private record Broken(List<Line> lines, Map<Style, BitSet> used) {
    }

    /** Texts each thread wrapped last: a template's fixed paragraphs recur in every letter made from it. */
    private static final int REMEMBERED_TEXTS = 1024;
    private static final ThreadLocal<Map<BreakKey, Broken>> RECENT = ThreadLocal.withInitial(() -> RecentlyUsed.map(REMEMBERED_TEXTS));

    /** {@link #wrap}, remembered per thread; the characters of a remembered text still count as used. */
    private List<Line> breakLines(List<Span> spans, float width, float size) {
        Map<BreakKey, Broken> recent = RECENT.get();
        BreakKey key = new BreakKey(faces, spans, width, size);
        Broken broken = recent.get(key);
        if (broken == null) {
            Map<Style, BitSet> letterUsed = used;
            used = new EnumMap<>(Style.class);
            try {
                broken = new Broken(wrap(spans, width, size), used);
            } finally {
                Map<Style, BitSet> textUsed = used;
                used = letterUsed;
                textUsed.forEach((style, chars) -> used.computeIfAbsent(style, s -> new BitSet()).or(chars));
            }
            recent.put(key, broken);
        } else {
            broken.used().forEach((style, chars) -> used.computeIfAbsent(style, s -> new BitSet()).or(chars));
        }
        return broken.lines();
    }

    /** Greedy word wrap; a word wider than the line is split between characters. */
    private List<Line> wrap(List<Span> spans, float width, float size) {
        List<Line> lines = new ArrayList<>();
        List<Piece> line = new ArrayList<>();
        float lineWidth = 0;
        List<Piece> word = new ArrayList<>();
        float wordWidth = 0;
        Piece pendingSpace = null;
        List<Object> items = tokens(spans, size);
        for (Object item : items) {
            if (item == BREAK) {
                lines.add(new Line(List.copyOf(line), lineWidth));
                line.clear();
                lineWidth = 0;
                pendingSpace = null;
            } else if (item instanceof Piece space) {
                if (!line.isEmpty()) {
                    pendingSpace = space;
                }
            } else {
                @SuppressWarnings("unchecked")
                List<Piece> w = (List<Piece>) item;
                wordWidth = 0;
                for (Piece p : w) {
                    wordWidth += p.width();
                }
                float spaceWidth = pendingSpace == null ? 0 : pendingSpace.width();
                if (!line.isEmpty() && lineWidth + spaceWidth + wordWidth > width) {
                    lines.add(new Line(List.copyOf(line), lineWidth));
                    line.clear();
                    lineWidth = 0;
                    pendingSpace = null;
                    spaceWidth = 0;
                }
                if (line.isEmpty() && wordWidth > width) {
                    for (Piece p : w) {
                        for (int i = 0; i < p.text().length(); ) {
                            int cp = p.text().codePointAt(i);
                            String ch = new String(Character.toChars(cp));
                            float cw = faces.metrics(p.style()).width(cp) * size / 1000f;
                            if (!line.isEmpty() && lineWidth + cw > width) {
                                lines.add(new Line(List.copyOf(line), lineWidth));
                                line.clear();
                                lineWidth = 0;
                            }
                            line.add(new Piece(ch, p.style(), cw, false));
                            lineWidth += cw;
                            i += Character.charCount(cp);
                        }
                    }
                } else {
                    if (pendingSpace != null) {
                        line.add(pendingSpace);
                        lineWidth += spaceWidth;
                    }
                    line.addAll(w);
                    lineWidth += wordWidth;
                }
                pendingSpace = null;
                word.clear();
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(new Line(List.copyOf(line), lineWidth));
        }
        return lines;
    }

    private static final Object BREAK = new Object();

    /** Words (lists of pieces, possibly in several styles), spaces (one piece) and forced breaks. */
    private List<Object> tokens(List<Span> spans, float size) {
        List<Object> out = new ArrayList<>();
        List<Piece> word = new ArrayList<>();
        for (Span span : spans) {
            String text = span.text();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\n') {
                    if (!word.isEmpty()) {
                        out.add(List.copyOf(word));
                        word.clear();
                    }
                    out.add(BREAK);
                    i++;
                    continue;
                }
                boolean space = c == ' ' || c == '\t';
                int j = i;
                while (j < text.length() && text.charAt(j) != '\n'
                        && ((text.charAt(j) == ' ' || text.charAt(j) == '\t') == space)) {
                    j++;
                }
                String part = text.substring(i, j);
                if (space) {
                    if (!word.isEmpty()) {
                        out.add(List.copyOf(word));
                        word.clear();
                    }
                    String spaces = part.replace('\t', ' ');
                    out.add(new Piece(spaces, span.style(), measure(spaces, span.style(), size), true));
                } else {
                    word.add(new Piece(part, span.style(), measure(part, span.style(), size), false));
                }
                i = j;
            }
        }
        if (!word.isEmpty()) {
            out.add(List.copyOf(word));
        }
        return out;
    }
}
