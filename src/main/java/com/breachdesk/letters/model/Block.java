package com.breachdesk.letters.model;

import java.util.List;

/**
 * The body of a letter after templating and Markdown parsing: what the page layout understands.
 * Person data has already been merged in as plain text, so nothing here is parsed again.
 */
public sealed interface Block {

    record Heading(int level, List<Span> spans) implements Block {
        public Heading {
            spans = List.copyOf(spans);
        }
    }

    record Paragraph(List<Span> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /** A bullet list ({@code ordered == false}) or a numbered list starting at {@code start}. */
    record ListBlock(boolean ordered, int start, List<List<Block>> items) implements Block {
        public ListBlock {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A quotation or indented passage. */
    record Indented(List<Block> blocks) implements Block {
        public Indented {
            blocks = List.copyOf(blocks);
        }
    }

    /** A simple grid; the first row is the header row. */
    record Table(List<List<List<Span>>> rows) implements Block {
        public Table {
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }
    }

    /** A horizontal line across the text column. */
    record Rule() implements Block {
    }

    /** Continue on a new page. */
    record PageBreak() implements Block {
    }
}
