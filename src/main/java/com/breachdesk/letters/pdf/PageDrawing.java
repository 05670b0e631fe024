package com.breachdesk.letters.pdf;

import com.breachdesk.letters.model.Style;

import java.util.ArrayList;
import java.util.List;

/** What one page shows, in page coordinates from the top-left: text runs and rules. */
final class PageDrawing {

    sealed interface Op {
    }

    /** One run of text in one face, starting at {@code x} on the baseline {@code y} (from the top). */
    record Text(float x, float y, Style style, float size, String text) implements Op {
    }

    record Line(float x1, float y1, float x2, float y2, float width) implements Op {
    }

    /** Large light-grey text across the page, under everything else ("DRAFT"). */
    record Stamp(String text, float size) implements Op {
    }

    final List<Op> ops = new ArrayList<>();

    void text(float x, float y, Style style, float size, String text) {
        if (!text.isEmpty()) {
            ops.add(new Text(x, y, style, size, text));
        }
    }

    void line(float x1, float y1, float x2, float y2, float width) {
        ops.add(new Line(x1, y1, x2, y2, width));
    }
}
