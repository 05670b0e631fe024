package com.breachdesk.letters.pdf;

import com.breachdesk.letters.model.EnvelopeLayout;
import com.breachdesk.letters.model.PaperFormat;

/**
 * Where things go on the page, in points measured from the top-left corner. The address block is placed
 * for the envelope window:
 * <ul>
 * <li>DL / C5/6 with the window on the left (window 90 × 45 mm, 20 mm from the left edge): DIN 5008 form B,
 *     address field 45–90 mm from the top; the recipient lines start at 62.7 mm, at most 6 lines, 25–105 mm
 *     from the left; the text starts at 98.5 mm.</li>
 * <li>US #10 (window 4½ × 1⅛ in, ⅞ in from the left and ½ in from the bottom of a 4⅛ in envelope, letter
 *     folded in three): the window shows 2.27–3.17 in from the top of the sheet however the sheet settles, so
 *     the address starts at 2.3 in, 1 in from the left, at most 5 lines and 3.5 in wide.</li>
 * </ul>
 */
record PageGeometry(float width, float height, float left, float right, float top, float bottom,
                    float addressX, float addressTop, float addressWidth, int addressLines,
                    float infoX, float infoTop, float firstBodyTop, float footerBaseline) {

    static final float MM = 72f / 25.4f;
    static final float INCH = 72f;

    static PageGeometry of(PaperFormat paper, EnvelopeLayout envelope) {
        float w = paper.width();
        float h = paper.height();
        boolean metric = paper == PaperFormat.A4;
        float left = metric ? 25 * MM : 1.0f * INCH;
        float right = w - (metric ? 20 * MM : 0.75f * INCH);
        float top = metric ? 12 * MM : 0.5f * INCH;
        float bottom = h - (metric ? 25 * MM : 1.0f * INCH);
        float footer = h - (metric ? 13 * MM : 0.5f * INCH);
        return switch (envelope) {
            case DL_LEFT -> new PageGeometry(w, h, left, right, top, bottom,
                    25 * MM, 62.7f * MM, 80 * MM, 6, 125 * MM, 50 * MM, 98.5f * MM, footer);
            case US_10 -> new PageGeometry(w, h, left, right, top, bottom,
                    1.0f * INCH, 2.3f * INCH, 3.5f * INCH, 5, 5.1f * INCH, 2.3f * INCH, 3.5f * INCH, footer);
        };
    }

    /** The top of the text on pages after the first. */
    float continuationTop() {
        return top + 8 * MM;
    }

    /** The letterhead must end above the address field. */
    float letterheadBottom() {
        return addressTop - 12;
    }
}
