package com.breachdesk.letters.template;

import com.breachdesk.cache.RecentlyUsed;
import com.breachdesk.letters.model.Block;
import com.breachdesk.letters.model.Span;
import com.breachdesk.letters.model.Style;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns Markdown into the letter's blocks: headings, paragraphs, bold and italic, bullet and numbered lists,
 * quotations, a simple table, horizontal rules and page breaks ({@code <!-- page-break -->} on its own line).
 * Raw HTML and images have no place in a letter and are refused when the template is loaded.
 */
final class MarkdownBlocks {

    static final String PAGE_BREAK = "<!-- page-break -->";

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final Parser CHECKING_PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private MarkdownBlocks() {
    }

    static List<Block> parse(String markdown) {
        return blocks(PARSER.parse(markdown));
    }

    /** Parsed chunks each thread saw last: a template's fixed paragraphs recur in every letter made from it. */
    private static final int REMEMBERED_CHUNKS = 512;
    private static final ThreadLocal<Map<String, List<Block>>> RECENT = ThreadLocal.withInitial(() -> RecentlyUsed.map(REMEMBERED_CHUNKS));

    /**
     * The same blocks as {@link #parse}, parsed chunk by chunk with each chunk's result remembered, so that
     * in a batch only the parts that hold a person's data are parsed per letter. Only for Markdown that
     * {@link #splittable} accepted (the split points are then block boundaries that no parser state crosses).
     */
    static List<Block> parseInChunks(String markdown) {
        Map<String, List<Block>> recent = RECENT.get();
        List<Block> out = new ArrayList<>();
        int start = 0;
        for (int at : splitPoints(markdown)) {
            out.addAll(recent.computeIfAbsent(markdown.substring(start, at), MarkdownBlocks::parse));
            start = at;
        }
        out.addAll(recent.computeIfAbsent(markdown.substring(start), MarkdownBlocks::parse));
        return out;
    }

    /**
     * Whether a template body can be parsed in chunks: no fenced code (its blank lines do not end it) and no link
     * reference definitions (they are visible to the whole document). Values merged into it are escaped, so they
     * cannot add either.
     */
    static boolean splittable(String body) {
        return !body.contains("```") && !body.contains("~~~") && !LINK_DEFINITION.matcher(body).find();
    }

    private static final java.util.regex.Pattern LINK_DEFINITION =
            java.util.regex.Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:");

    /**
     * Starts of lines where a new top-level block begins whatever came before: after a blank line, a line at column
     * 0 that starts with a letter, a heading mark or bold. Such a line cannot continue a list item (not indented),
     * a quotation or paragraph (a blank line ended them), nor start a list item or a code block itself.
     */
    static List<Integer> splitPoints(String markdown) {
        List<Integer> points = new ArrayList<>();
        boolean previousBlank = false;
        int lineStart = 0;
        int n = markdown.length();
        while (lineStart < n) {
            int lineEnd = markdown.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            char first = markdown.charAt(lineStart);
            if (previousBlank && lineStart > 0 && (Character.isLetter(first) || first == '#'
                    || (first == '*' && lineStart + 2 < lineEnd && markdown.charAt(lineStart + 1) == '*'
                    && markdown.charAt(lineStart + 2) != '*' && markdown.charAt(lineStart + 2) != ' '))) {
                points.add(lineStart);
            }
            previousBlank = markdown.substring(lineStart, lineEnd).isBlank();
            lineStart = lineEnd + 1;
        }
        return points;
    }

    /** Refuses what a letter cannot contain, naming the line (counted from {@code firstLine}). */
    static void check(String templateId, String body, int firstLine) {
        Node doc = CHECKING_PARSER.parse(body);
        checkNode(templateId, doc, firstLine);
    }

    private static void checkNode(String templateId, Node node, int firstLine) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            String problem = null;
            if (n instanceof HtmlBlock html && !html.getLiteral().strip().equals(PAGE_BREAK)) {
                problem = "raw HTML is not allowed in a letter (only " + PAGE_BREAK + " on its own line)";
            } else if (n instanceof HtmlInline) {
                problem = "raw HTML is not allowed in a letter; to print '<' write \\<";
            } else if (n instanceof Image) {
                problem = "images are not supported in letters";
            }
            if (problem != null) {
                List<SourceSpan> spans = n.getSourceSpans();
                int line = spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + firstLine;
                throw new TemplateException(templateId, line, null, problem);
            }
            checkNode(templateId, n, firstLine);
        }
    }

    private static List<Block> blocks(Node parent) {
        List<Block> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            Block b = block(n);
            if (b != null) {
                out.add(b);
            }
        }
        return out;
    }

    private static Block block(Node n) {
        if (n instanceof Heading h) {
            return new Block.Heading(h.getLevel(), spans(h, Style.BOLD));
        }
        if (n instanceof Paragraph p) {
            return new Block.Paragraph(spans(p, Style.REGULAR));
        }
        if (n instanceof BulletList || n instanceof OrderedList) {
            List<List<Block>> items = new ArrayList<>();
            for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    items.add(blocks(item));
                }
            }
            return n instanceof OrderedList o
                    ? new Block.ListBlock(true, o.getMarkerStartNumber() == null ? 1 : o.getMarkerStartNumber(), items)
                    : new Block.ListBlock(false, 1, items);
        }
        if (n instanceof BlockQuote q) {
            return new Block.Indented(blocks(q));
        }
        if (n instanceof TableBlock t) {
            return table(t);
        }
        if (n instanceof ThematicBreak) {
            return new Block.Rule();
        }
        if (n instanceof HtmlBlock html) {
            if (html.getLiteral().strip().equals(PAGE_BREAK)) {
                return new Block.PageBreak();
            }
            throw new IllegalStateException("raw HTML reached the layout");
        }
        if (n instanceof FencedCodeBlock code) {
            return new Block.Paragraph(List.of(new Span(stripFinalNewline(code.getLiteral()), Style.REGULAR)));
        }
        if (n instanceof IndentedCodeBlock code) {
            return new Block.Paragraph(List.of(new Span(stripFinalNewline(code.getLiteral()), Style.REGULAR)));
        }
        if (n instanceof LinkReferenceDefinition) {
            return null;
        }
        throw new IllegalStateException("Unsupported Markdown element " + n.getClass().getSimpleName());
    }

    private static String stripFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static Block.Table table(TableBlock t) {
        List<List<List<Span>>> rows = new ArrayList<>();
        for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<List<Span>> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    boolean header = cell instanceof TableCell c && c.isHeader();
                    cells.add(spans(cell, header ? Style.BOLD : Style.REGULAR));
                }
                rows.add(cells);
            }
        }
        return new Block.Table(rows);
    }

    private static List<Span> spans(Node parent, Style style) {
        List<Span> out = new ArrayList<>();
        inline(parent, style, out);
        return merge(out);
    }

    private static void inline(Node parent, Style style, List<Span> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.add(new Span(t.getLiteral(), style));
            } else if (n instanceof Code c) {
                out.add(new Span(c.getLiteral(), style));
            } else if (n instanceof SoftLineBreak) {
                out.add(new Span(" ", style));
            } else if (n instanceof HardLineBreak) {
                out.add(new Span("\n", style));
            } else if (n instanceof Emphasis) {
                inline(n, style.withItalic(), out);
            } else if (n instanceof StrongEmphasis) {
                inline(n, style.withBold(), out);
            } else if (n instanceof Link link) {
                int before = out.size();
                inline(n, style, out);
                String text = out.subList(before, out.size()).stream().map(Span::text).reduce("", String::concat);
                String destination = link.getDestination();
                if (!destination.isEmpty() && !destination.equals(text) && !("mailto:" + text).equals(destination)) {
                    out.add(new Span(" (" + destination + ")", style));
                }
            } else if (n instanceof HtmlInline || n instanceof Image) {
                throw new IllegalStateException("raw HTML or an image reached the layout");
            } else {
                inline(n, style, out);
            }
        }
    }

    /** Joins neighbouring spans of one style, so lines break on words, not on parser node boundaries. */
    private static List<Span> merge(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty() && out.get(out.size() - 1).style() == s.style()) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.text() + s.text(), s.style()));
            } else if (!s.text().isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
