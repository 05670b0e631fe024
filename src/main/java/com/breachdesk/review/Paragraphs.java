package com.breachdesk.review;

import java.util.ArrayList;
import java.util.List;

/**
 * A draft's text as paragraphs: runs of non-blank lines separated by blank lines (the front matter is the first
 * paragraph). Comments anchor on a paragraph's index in this list.
 */
public final class Paragraphs {

    static final int QUOTE_LENGTH = 60;

    private Paragraphs() {
    }

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            if (line.isBlank()) {
                if (current.length() > 0) {
                    out.add(current.toString());
                    current.setLength(0);
                }
            } else {
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(line);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    /** Whitespace folded to single spaces: how quotes are compared and shown. */
    static String folded(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** The start of a paragraph, for a comment made without a quote of its own. */
    static String openingOf(String paragraph) {
        String f = folded(paragraph);
        return f.length() <= QUOTE_LENGTH ? f : f.substring(0, QUOTE_LENGTH - 1).stripTrailing() + "…";
    }
}
