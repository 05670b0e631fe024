package com.breachdesk.review;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two versions of a draft side by side: lines matched by java-diff-utils (Myers), and within a changed line the
 * words that differ, so legal sees exactly which words moved. The rows are what the UI renders and the CLI prints.
 */
public final class DraftDiff {

    /** How a row's two sides relate. */
    public enum Kind { EQUAL, CHANGED, INSERTED, DELETED }

    /** A run of text on one side; {@code changed} when it is not in the other version. */
    public record Segment(String text, boolean changed) {
    }

    /**
     * One row: the old line on the left and the new line on the right (line numbers from 1; 0 and no segments
     * where a side has no line). {@code marked} is the row as one line of text, removed words as [-…-] and added
     * words as {+…+} (what the CLI prints).
     */
    public record Row(Kind kind, int oldLine, List<Segment> left, int newLine, List<Segment> right, String marked) {

        public Row {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }

        public String leftText() {
            return join(left);
        }

        public String rightText() {
            return join(right);
        }

        private static String join(List<Segment> segments) {
            StringBuilder b = new StringBuilder();
            segments.forEach(s -> b.append(s.text()));
            return b.toString();
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\w+|\\s+|[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);

    private final List<Row> rows;

    private DraftDiff(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The rows that take {@code oldText} to {@code newText}. */
    public static DraftDiff between(String oldText, String newText) {
        List<String> a = lines(oldText);
        List<String> b = lines(newText);
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            Chunk<String> source = delta.getSource();
            Chunk<String> target = delta.getTarget();
            while (i < source.getPosition()) {
                rows.add(equal(a.get(i), i + 1, j + 1));
                i++;
                j++;
            }
            int paired = switch (delta.getType()) {
                case CHANGE -> Math.min(source.size(), target.size());
                default -> 0;
            };
            for (int k = 0; k < paired; k++) {
                rows.add(changed(source.getLines().get(k), i + k + 1, target.getLines().get(k), j + k + 1));
            }
            for (int k = paired; k < source.size(); k++) {
                String line = source.getLines().get(k);
                rows.add(new Row(Kind.DELETED, i + k + 1, List.of(new Segment(line, true)), 0, List.of(), "[-" + line + "-]"));
            }
            for (int k = paired; k < target.size(); k++) {
                String line = target.getLines().get(k);
                rows.add(new Row(Kind.INSERTED, 0, List.of(), j + k + 1, List.of(new Segment(line, true)), "{+" + line + "+}"));
            }
            i += source.size();
            j += target.size();
        }
        while (i < a.size()) {
            rows.add(equal(a.get(i), i + 1, j + 1));
            i++;
            j++;
        }
        return new DraftDiff(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** Rows that are not equal. */
    public long changes() {
        return rows.stream().filter(r -> r.kind() != Kind.EQUAL).count();
    }

    private static Row equal(String line, int oldLine, int newLine) {
        List<Segment> same = List.of(new Segment(line, false));
        return new Row(Kind.EQUAL, oldLine, same, newLine, same, line);
    }

    /** A line changed in place: the words of each side, the differing ones marked. */
    private static Row changed(String oldLine, int oldNumber, String newLine, int newNumber) {
        List<String> a = tokens(oldLine);
        List<String> b = tokens(newLine);
        boolean[] removed = new boolean[a.size()];
        boolean[] added = new boolean[b.size()];
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            for (int k = 0; k < d.getSource().size(); k++) {
                removed[d.getSource().getPosition() + k] = true;
            }
            for (int k = 0; k < d.getTarget().size(); k++) {
                added[d.getTarget().getPosition() + k] = true;
            }
        }
        absorbLoneSpaces(a, removed, b, added);
        StringBuilder marked = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            int from = i;
            while (i < a.size() && removed[i]) {
                i++;
            }
            if (i > from) {
                marked.append("[-").append(String.join("", a.subList(from, i))).append("-]");
            }
            from = j;
            while (j < b.size() && added[j]) {
                j++;
            }
            if (j > from) {
                marked.append("{+").append(String.join("", b.subList(from, j))).append("+}");
            }
            if (i < a.size() && j < b.size()) {
                marked.append(a.get(i)); // the same unchanged token on both sides
                i++;
                j++;
            }
        }
        return new Row(Kind.CHANGED, oldNumber, segments(a, removed), newNumber, segments(b, added), marked.toString());
    }

    /**
     * A space kept between two changed words reads as noise ("[-30-]{+45+} {+calendar +}days"): it joins the
     * change on both sides, so "45 calendar" reads as one replacement.
     */
    private static void absorbLoneSpaces(List<String> a, boolean[] removed, List<String> b, boolean[] added) {
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (removed[i]) {
                i++;
            } else if (added[j]) {
                j++;
            } else {
                if (a.get(i).isBlank() && (between(removed, i) || between(added, j))) {
                    removed[i] = true;
                    added[j] = true;
                }
                i++;
                j++;
            }
        }
    }

    private static boolean between(boolean[] changed, int k) {
        return k > 0 && k < changed.length - 1 && changed[k - 1] && changed[k + 1];
    }

    /** Adjacent tokens with the same mark become one segment. */
    private static List<Segment> segments(List<String> tokens, boolean[] changed) {
        List<Segment> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean current = false;
        for (int k = 0; k < tokens.size(); k++) {
            if (k > 0 && changed[k] != current) {
                out.add(new Segment(run.toString(), current));
                run.setLength(0);
            }
            current = changed[k];
            run.append(tokens.get(k));
        }
        if (run.length() > 0) {
            out.add(new Segment(run.toString(), current));
        }
        return out;
    }

    static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(line);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<String> lines(String text) {
        String t = text.replace("\r\n", "\n");
        if (t.endsWith("\n")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.isEmpty() ? List.of() : List.of(t.split("\n", -1));
    }
}
