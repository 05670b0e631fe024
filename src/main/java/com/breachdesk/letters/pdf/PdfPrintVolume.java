package com.breachdesk.letters.pdf;

import com.breachdesk.letters.model.PrintVolume;
import com.breachdesk.letters.model.PrintablePages;
import com.breachdesk.letters.model.Style;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The print-ready PDF, built directly: each letter's page content is placed as it is (no second drawing), and
 * each face is embedded once for the whole volume with the union of the characters used. Written by
 * {@link LetterPdfWriter} like the letters themselves, so a volume is a PDF/A-2b file too.
 */
final class PdfPrintVolume implements PrintVolume {

    private final PdfArchive archive;
    private final FontFaces faces;
    private final Settings settings;
    private final List<LetterPdfWriter.Page> contents = new ArrayList<>();
    private final PdfLetterRenderer.ThreadFonts fonts;
    private final Map<Style, BitSet> used = new EnumMap<>(Style.class);
    private final PageDrawer drawer;
    private final Map<String, byte[]> blanks = new java.util.HashMap<>();
    private int letters;

    PdfPrintVolume(FontFaces faces, PdfArchive archive, Settings settings) {
        this.faces = faces;
        this.archive = archive;
        this.settings = settings;
        this.fonts = new PdfLetterRenderer.ThreadFonts(faces);
        this.drawer = new PageDrawer(faces);
    }

    @Override
    public int append(PrintablePages letter) {
        PdfPrintablePages pages = (PdfPrintablePages) letter;
        pages.used().forEach((style, cps) -> used.computeIfAbsent(style, s -> new BitSet()).or(cps));
        pages.contents().forEach(c -> contents.add(new LetterPdfWriter.Page(pages.width(), pages.height(), c)));
        int added = pages.pages();
        if (settings.duplexBlankPages() && added % 2 == 1) {
            contents.add(new LetterPdfWriter.Page(pages.width(), pages.height(), blank(pages.width(), pages.height())));
            added++;
        }
        letters++;
        return added;
    }

    /** The content of a duplex filler page of this size: empty, or only the DRAFT stamp on a draft run. */
    private byte[] blank(float width, float height) {
        return blanks.computeIfAbsent(width + "x" + height, size -> {
            byte[] content = settings.draft() ? drawer.draw(LetterLayout.stampOnly(), width, height) : new byte[0];
            drawer.used().forEach((style, cps) -> used.computeIfAbsent(style, s -> new BitSet()).or(cps));
            return fonts.deflation.deflate(content);
        });
    }

    @Override
    public int pages() {
        return contents.size();
    }

    @Override
    public int letters() {
        return letters;
    }

    @Override
    public void save(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            new LetterPdfWriter().write(new LetterPdfWriter.Document(fonts.subsets(used), contents, settings.title(),
                    settings.author(), null, settings.created(), settings.documentId()), archive, faces.embedding(), out);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        contents.clear();
        fonts.close();
    }
}
