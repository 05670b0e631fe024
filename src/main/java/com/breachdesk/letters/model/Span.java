package com.breachdesk.letters.model;

import java.util.Objects;

/** A piece of text in one style. A {@code '\n'} in the text is a forced line break. */
public record Span(String text, Style style) {

    public Span {
        Objects.requireNonNull(text);
        Objects.requireNonNull(style);
    }
}
