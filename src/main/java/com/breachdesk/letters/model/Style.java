package com.breachdesk.letters.model;

/** The four faces a letter uses; each maps to one embedded font. */
public enum Style {
    REGULAR, BOLD, ITALIC, BOLD_ITALIC;

    public Style withBold() {
        return this == ITALIC || this == BOLD_ITALIC ? BOLD_ITALIC : BOLD;
    }

    public Style withItalic() {
        return this == BOLD || this == BOLD_ITALIC ? BOLD_ITALIC : ITALIC;
    }
}
