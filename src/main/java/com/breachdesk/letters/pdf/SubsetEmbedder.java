package com.breachdesk.letters.pdf;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prepares a subset of one face for embedding as a Type 0 font with Identity-H encoding (written by
 * {@link LetterPdfWriter}): the glyphs the text uses (cut by fontbox's {@link TTFSubsetter}), their widths, a
 * CID-to-glyph map and a ToUnicode map so that text can be copied and searched. Character codes are the glyph ids of the full
 * face, so a page drawn for one document is valid in any document embedding the same face (print volumes reuse
 * letters' pages as they are). The result is what PDFBox's own subset embedding produces, without its per-document
 * work over every glyph of the font; a test reads the text back and veraPDF checks the PDF/A rules.
 */
final class SubsetEmbedder {

    /** The tables a PDF needs of an embedded TrueType font (as PDFBox keeps them); cmap, names and layout go. */
    private static final java.util.List<String> TABLES = java.util.List.of("head", "hhea", "loca", "maxp", "cvt ",
            "prep", "glyf", "hmtx", "fpgm", "gasp");

    private SubsetEmbedder() {
    }

    /** One face's subset, compressed and ready to be written into any number of documents. */
    record Subset(String name, byte[] fontFile, int length1, byte[] cidToGid, byte[] toUnicode, int[] gids,
                  int[] widths) {
    }

    /** The subset of {@code face} for {@code codePoints}; {@code ttf} is the caller's parsed copy of the face. */
    static Subset prepare(EmbeddingFace face, TrueTypeFont ttf, BitSet codePoints, Deflation deflation)
            throws IOException {
        // glyph id -> first character drawn with it
        TreeMap<Integer, Integer> glyphs = new TreeMap<>();
        TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
        for (int cp = codePoints.nextSetBit(0); cp >= 0; cp = codePoints.nextSetBit(cp + 1)) {
            int gid = face.gid(cp);
            if (gid != 0) {
                glyphs.putIfAbsent(gid, cp);
                subsetter.add(cp);
            }
        }
        String tag = tag(glyphs);
        subsetter.setPrefix(tag + "+");
        ByteArrayOutputStream program = new ByteArrayOutputStream(16 * 1024);
        subsetter.writeToStream(program);
        int[] gids = new int[glyphs.size()];
        int[] widths = new int[glyphs.size()];
        int i = 0;
        for (int gid : glyphs.keySet()) {
            gids[i] = gid;
            widths[i++] = face.width(gid);
        }
        return new Subset(tag + "+" + face.postScriptName, deflation.deflate(program.toByteArray()), program.size(),
                deflation.deflate(cidToGid(subsetter.getGIDMap())), deflation.deflate(toUnicode(glyphs)), gids, widths);
    }

    /** Six capital letters derived from the glyph set, as PDF subset names require; the same set, the same tag. */
    static String tag(TreeMap<Integer, Integer> glyphs) {
        long h = 1125899906842597L;
        for (int gid : glyphs.keySet()) {
            h = 31 * h + gid;
        }
        StringBuilder sb = new StringBuilder(6);
        long v = h & Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            sb.append((char) ('A' + (v % 26)));
            v /= 26;
        }
        return sb.toString();
    }

    /** Two bytes per character code (the full face's glyph id): the glyph's id in the subset. */
    private static byte[] cidToGid(Map<Integer, Integer> newToOld) {
        int max = 0;
        for (int old : newToOld.values()) {
            max = Math.max(max, old);
        }
        byte[] map = new byte[(max + 1) * 2];
        for (Map.Entry<Integer, Integer> e : newToOld.entrySet()) {
            int old = e.getValue();
            map[old * 2] = (byte) (e.getKey() >> 8);
            map[old * 2 + 1] = (byte) (int) e.getKey();
        }
        return map;
    }

    /** A ToUnicode CMap: each character code (glyph id) to the character it was drawn for. */
    private static byte[] toUnicode(TreeMap<Integer, Integer> glyphs) {
        StringBuilder sb = new StringBuilder(64 + glyphs.size() * 16);
        sb.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        int left = glyphs.size();
        var it = glyphs.entrySet().iterator();
        while (left > 0) {
            int n = Math.min(100, left);
            sb.append(n).append(" beginbfchar\n");
            for (int i = 0; i < n; i++) {
                Map.Entry<Integer, Integer> e = it.next();
                sb.append('<').append(hex4(e.getKey())).append("> <").append(hex4(e.getValue())).append(">\n");
            }
            sb.append("endbfchar\n");
            left -= n;
        }
        sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String hex4(int v) {
        String h = Integer.toHexString(v).toUpperCase(java.util.Locale.ROOT);
        return "0000".substring(h.length()) + h;
    }
}
