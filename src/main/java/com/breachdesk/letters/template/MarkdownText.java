package com.breachdesk.letters.template;

import java.text.Normalizer;

/**
 * Makes a data value literal text for Markdown: after escaping, CommonMark parses it back to exactly the
 * characters given, never to emphasis, links, HTML, list markers or headings. Every ASCII punctuation
 * character gets a backslash (CommonMark treats any escaped punctuation as literal), line breaks and other
 * control characters become spaces (a value cannot start a new block), and text is NFC-normalized so that
 * letters such as "й" are one glyph.
 */
public final class MarkdownText {

    private MarkdownText() {
    }

    public static String escape(String value) {
        String text = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(' ');
            } else if (isAsciiPunctuation(c)) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}
