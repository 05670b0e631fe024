package com.breachdesk.letters.model;

import java.util.List;

/** One letter ready for the page: its frame and its body. */
public record LetterDocument(LetterFrame frame, List<Block> body) {

    public LetterDocument {
        body = List.copyOf(body);
    }
}
