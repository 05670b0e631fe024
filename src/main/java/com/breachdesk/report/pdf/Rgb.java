package com.breachdesk.report.pdf;

/** A colour of the report (device RGB, under the document's sRGB output intent). */
record Rgb(float r, float g, float b) {

    static final Rgb TEXT = new Rgb(0.10f, 0.10f, 0.12f);
    static final Rgb MUTED = new Rgb(0.40f, 0.40f, 0.45f);
    static final Rgb RULE = new Rgb(0.72f, 0.72f, 0.75f);
    static final Rgb STRIPE = new Rgb(0.95f, 0.95f, 0.96f);
    static final Rgb HEADER = new Rgb(0.88f, 0.89f, 0.92f);
    static final Rgb GREEN = new Rgb(0.11f, 0.52f, 0.25f);
    static final Rgb ORANGE = new Rgb(0.86f, 0.42f, 0.05f);
    static final Rgb RED = new Rgb(0.78f, 0.12f, 0.12f);
    static final Rgb BLUE = new Rgb(0.14f, 0.36f, 0.72f);
    static final Rgb PURPLE = new Rgb(0.45f, 0.20f, 0.60f);
    static final Rgb BAR = new Rgb(0.80f, 0.82f, 0.86f);
}
