package com.breachdesk.letters.pdf;

import com.breachdesk.cache.RecentlyUsed;
import com.breachdesk.letters.model.Style;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Writes a letter's PDF/A-2b file (or a print volume's) straight as bytes. A letter always has the same shape
 * (catalog, pages, XMP metadata, sRGB output intent, information dictionary, one font per face used, pages with
 * compressed contents), and all of it but the pages is the same for thousands of letters; PDFBox's general writer spent about a fifth of
 * each letter's CPU walking that object graph. The document is what {@link PdfArchive} and {@link SubsetEmbedder}
 * describe; tests read the files back with PDFBox and check them with veraPDF.
 *
 * <p>Objects: 1 catalog, 2 page tree, 3 XMP metadata, 4 output intent, 5 ICC profile, 6 information,
 * 7 resources, then six objects per face (Type 0 font, CID font, descriptor, font program, CID-to-glyph map,
 * ToUnicode map) in {@link Style} order, then each page and its content stream. One instance per thread: it
 * keeps the serialised fonts of the subsets it has written.
 */
final class LetterPdfWriter {

    private static final int FIRST_FONT_OBJECT = 8;
    private static final int OBJECTS_PER_FACE = 6;
    private static final byte[] HEADER = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', '%', (byte) 0xE2, (byte) 0xE3,
            (byte) 0xCF, (byte) 0xD3, '\n'};

    /** A face's six objects as bytes, and where each starts within them. */
    private record FontObjects(byte[] bytes, int[] offsets) {
    }

    private record FontKey(SubsetEmbedder.Subset subset, int firstObject) {
    }

    private final Map<FontKey, FontObjects> fonts = RecentlyUsed.map(64);

    /**
     * What the document's pages need: its faces' subsets in {@link Style} order and each page's compressed content
     * (a letter's pages, or a print volume's: letters' pages as they are, one font per face for all of them).
     */
    record Document(Map<Style, SubsetEmbedder.Subset> faces, List<Page> pages, String title, String author,
                  String language, LocalDate created, byte[] documentId) {
    }

    /** One page: its size in points and its Flate-compressed content stream. */
    record Page(float width, float height, byte[] content) {
    }

    /** The document as bytes in memory (a letter). */
    byte[] write(Document document, PdfArchive archive, Map<Style, EmbeddingFace> embedding) {
        Out out = new Out(48 * 1024, null);
        write(document, archive, embedding, out);
        return out.toByteArray();
    }

    /** The document written to {@code target} as it is made (a print volume of thousands of pages). */
    void write(Document document, PdfArchive archive, Map<Style, EmbeddingFace> embedding, java.io.OutputStream target)
            throws IOException {
        Out out = new Out(1 << 20, target);
        try {
            write(document, archive, embedding, out);
            out.drain();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void write(Document document, PdfArchive archive, Map<Style, EmbeddingFace> embedding, Out out) {
        List<Long> offsets = new ArrayList<>();
        out.bytes(HEADER);
        int faces = document.faces().size();
        int firstPage = FIRST_FONT_OBJECT + faces * OBJECTS_PER_FACE;
        int pages = document.pages().size();

        offsets.add(out.position());
        out.ascii("1 0 obj\n<< /Type /Catalog /Pages 2 0 R");
        if (document.language() != null) {
            out.ascii(" /Lang ").string(document.language());
        }
        out.ascii(" /Metadata 3 0 R /OutputIntents [4 0 R] >>\nendobj\n");

        offsets.add(out.position());
        out.ascii("2 0 obj\n<< /Type /Pages /Kids [");
        for (int p = 0; p < pages; p++) {
            out.ascii(p == 0 ? "" : " ").number(firstPage + 2 * p).ascii(" 0 R");
        }
        out.ascii("] /Count ").number(pages).ascii(" >>\nendobj\n");

        byte[] xmp = archive.xmp(document.title(), document.author(), document.created());
        offsets.add(out.position());
        out.ascii("3 0 obj\n<< /Length ").number(xmp.length).ascii(" /Type /Metadata /Subtype /XML >>\nstream\n")
                .bytes(xmp).ascii("\nendstream\nendobj\n");

        offsets.add(out.position());
        out.ascii("4 0 obj\n<< /Type /OutputIntent /S /GTS_PDFA1 /DestOutputProfile 5 0 R /Info ").string(PdfArchive.SRGB)
                .ascii(" /OutputCondition ").string(PdfArchive.SRGB).ascii(" /OutputConditionIdentifier ")
                .string(PdfArchive.SRGB).ascii(" /RegistryName ").string(PdfArchive.REGISTRY).ascii(" >>\nendobj\n");

        byte[] icc = archive.srgbCompressed();
        offsets.add(out.position());
        out.ascii("5 0 obj\n<< /Length ").number(icc.length).ascii(" /Filter /FlateDecode /N 3 >>\nstream\n")
                .bytes(icc).ascii("\nendstream\nendobj\n");

        String date = archive.pdfDate(document.created());
        offsets.add(out.position());
        out.ascii("6 0 obj\n<< /Title ").string(document.title()).ascii(" /Author ").string(document.author())
                .ascii(" /CreationDate ").string(date).ascii(" /ModDate ").string(date).ascii(" >>\nendobj\n");

        offsets.add(out.position());
        out.ascii("7 0 obj\n<< /Font <<");
        int object = FIRST_FONT_OBJECT;
        for (Style style : document.faces().keySet()) {
            out.ascii(" /").ascii(PageDrawer.FONT_NAMES.get(style).getName()).ascii(" ").number(object).ascii(" 0 R");
            object += OBJECTS_PER_FACE;
        }
        out.ascii(" >> >>\nendobj\n");

        object = FIRST_FONT_OBJECT;
        for (Map.Entry<Style, SubsetEmbedder.Subset> face : document.faces().entrySet()) {
            FontObjects f = fontObjects(face.getValue(), embedding.get(face.getKey()), object);
            long base = out.position();
            out.bytes(f.bytes());
            for (int offset : f.offsets()) {
                offsets.add(base + offset);
            }
            object += OBJECTS_PER_FACE;
        }

        for (Page page : document.pages()) {
            offsets.add(out.position());
            out.number(object).ascii(" 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ").real(page.width()).ascii(" ")
                    .real(page.height()).ascii("] /Resources 7 0 R /Contents ").number(object + 1).ascii(" 0 R >>\nendobj\n");
            offsets.add(out.position());
            out.stream(object + 1, page.content());
            object += 2;
        }

        long xref = out.position();
        out.ascii("xref\n0 ").number(offsets.size() + 1).ascii("\n0000000000 65535 f\r\n");
        for (long offset : offsets) {
            String n = Long.toString(offset);
            out.ascii("0000000000".substring(n.length())).ascii(n).ascii(" 00000 n\r\n");
        }
        String id = HexFormat.of().withUpperCase().formatHex(document.documentId());
        out.ascii("trailer\n<< /Size ").number(offsets.size() + 1).ascii(" /Root 1 0 R /Info 6 0 R /ID [<").ascii(id)
                .ascii("> <").ascii(id).ascii(">] >>\nstartxref\n").ascii(Long.toString(xref)).ascii("\n%%EOF\n");
    }

    /** The six objects of one face's subset, numbered from {@code first}; made once per subset and position. */
    private FontObjects fontObjects(SubsetEmbedder.Subset subset, EmbeddingFace face, int first) {
        return fonts.computeIfAbsent(new FontKey(subset, first), k -> {
            Out out = new Out(subset.fontFile().length + 4096, null);
            int[] at = new int[OBJECTS_PER_FACE];
            String name = subset.name();
            at[0] = out.size();
            out.number(first).ascii(" 0 obj\n<< /Type /Font /Subtype /Type0 /BaseFont /").ascii(name)
                    .ascii(" /Encoding /Identity-H /DescendantFonts [").number(first + 1).ascii(" 0 R] /ToUnicode ")
                    .number(first + 5).ascii(" 0 R >>\nendobj\n");
            at[1] = out.size();
            out.number(first + 1).ascii(" 0 obj\n<< /Type /Font /Subtype /CIDFontType2 /BaseFont /").ascii(name)
                    .ascii(" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ")
                    .number(first + 2).ascii(" 0 R /W ").ascii(widths(subset)).ascii(" /CIDToGIDMap ")
                    .number(first + 4).ascii(" 0 R >>\nendobj\n");
            at[2] = out.size();
            out.number(first + 2).ascii(" 0 obj\n<< /Type /FontDescriptor /FontName /").ascii(name)
                    .ascii(" /Flags ").number(face.flags).ascii(" /FontBBox [").real(face.bbox[0]).ascii(" ")
                    .real(face.bbox[1]).ascii(" ").real(face.bbox[2]).ascii(" ").real(face.bbox[3])
                    .ascii("] /ItalicAngle ").real(face.italicAngle).ascii(" /Ascent ").real(face.ascent)
                    .ascii(" /Descent ").real(face.descent).ascii(" /CapHeight ").real(face.capHeight)
                    .ascii(" /XHeight ").real(face.xHeight).ascii(" /StemV ").real(face.stemV).ascii(" /FontFile2 ")
                    .number(first + 3).ascii(" 0 R >>\nendobj\n");
            at[3] = out.size();
            out.number(first + 3).ascii(" 0 obj\n<< /Length ").number(subset.fontFile().length)
                    .ascii(" /Filter /FlateDecode /Length1 ").number(subset.length1()).ascii(" >>\nstream\n")
                    .bytes(subset.fontFile()).ascii("\nendstream\nendobj\n");
            at[4] = out.size();
            out.stream(first + 4, subset.cidToGid());
            at[5] = out.size();
            out.stream(first + 5, subset.toUnicode());
            return new FontObjects(out.toByteArray(), at);
        });
    }

    /** The W array: runs of consecutive glyph ids with their widths, {@code [first [w w w] first [w] ...]}. */
    private static String widths(SubsetEmbedder.Subset subset) {
        StringBuilder w = new StringBuilder(subset.gids().length * 4 + 16).append('[');
        int previous = -2;
        for (int i = 0; i < subset.gids().length; i++) {
            int gid = subset.gids()[i];
            if (gid != previous + 1) {
                w.append(i == 0 ? "" : "] ").append(gid).append(" [");
            } else {
                w.append(' ');
            }
            w.append(subset.widths()[i]);
            previous = gid;
        }
        return w.append(subset.gids().length == 0 ? "]" : "]]").toString();
    }

    /**
     * A byte buffer with the few PDF syntax writers a document needs; with a target, it hands full buffers on to it
     * and keeps counting, so that cross-reference offsets stay right.
     */
    private static final class Out extends ByteArrayOutputStream {

        private final java.io.OutputStream target;
        private final int limit;
        private long drained;

        Out(int size, java.io.OutputStream target) {
            super(size);
            this.target = target;
            this.limit = size;
        }

        long position() {
            return drained + count;
        }

        /** Passes what is buffered on to the target. */
        void drain() {
            if (target != null && count > 0) {
                try {
                    target.write(buf, 0, count);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                drained += count;
                count = 0;
            }
        }

        Out ascii(String s) {
            int n = s.length();
            ensure(n);
            for (int i = 0; i < n; i++) {
                buf[count++] = (byte) s.charAt(i);
            }
            return this;
        }

        Out number(int n) {
            return ascii(Integer.toString(n));
        }

        Out real(float f) {
            return ascii(PageDrawer.number(new StringBuilder(), f).toString());
        }

        /** A PDF text string, as PDFBox writes it (literal, or UTF-16 in hex when it needs more than PDFDocEncoding). */
        Out string(String s) {
            try {
                COSWriter.writeString(new COSString(s), this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Out bytes(byte[] bytes) {
            if (target != null && count + bytes.length > limit) {
                drain();
            }
            write(bytes, 0, bytes.length);
            return this;
        }

        void stream(int object, byte[] compressed) {
            number(object).ascii(" 0 obj\n<< /Length ").number(compressed.length).ascii(" /Filter /FlateDecode >>\nstream\n")
                    .bytes(compressed).ascii("\nendstream\nendobj\n");
        }

        private void ensure(int more) {
            if (target != null && count + more > limit) {
                drain();
            }
            if (count + more > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
            }
        }
    }
}
