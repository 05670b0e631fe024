package com.breachdesk.letters.model;

/** Paper size in PDF points (1/72 inch). */
public enum PaperFormat {
    A4(595.2756f, 841.8898f),
    LETTER(612f, 792f);

    private final float width;
    private final float height;

    PaperFormat(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }
}
