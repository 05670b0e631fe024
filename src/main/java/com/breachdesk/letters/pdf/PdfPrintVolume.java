package com.breachdesk.letters.pdf;

import com.breachdesk.letters.model.PrintVolume;
import com.breachdesk.letters.model.PrintablePages;
import com.breachdesk.letters.model.Style;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;

/**
 * The print-ready PDF, built directly: each letter's page content is placed as it is (no second drawing), and
 * each face is embedded once for the whole volume with the union of the characters used.
 */
final class PdfPrintVolume implements PrintVolume {

    private final PdfArchive archive;
    private final Settings settings;
    private final PDDocument doc = new PDDocument();
    private final PDResources resources = new PDResources();
    private final PdfLetterRenderer.ThreadFonts fonts;
    private final Map<Style, BitSet> used = new EnumMap<>(Style.class);
    private final PageDrawer drawer;
    private byte[] blankStamp;
    private int letters;

    PdfPrintVolume(FontFaces faces, PdfArchive archive, Settings settings) {
        this.archive = archive;
        this.settings = settings;
        this.fonts = new PdfLetterRenderer.ThreadFonts(faces);
        this.drawer = new PageDrawer(faces);
        doc.setVersion(1.7f);
    }

    @Override
    public int append(PrintablePages letter) {
        PdfPrintablePages pages = (PdfPrintablePages) letter;
        pages.used().forEach((style, cps) -> used.computeIfAbsent(style, s -> new BitSet()).or(cps));
        PDRectangle box = new PDRectangle(pages.width(), pages.height());
        try {
            for (byte[] content : pages.contents()) {
                PdfLetterRenderer.ThreadFonts.page(doc, box, resources, content);
            }
            int added = pages.pages();
            if (settings.duplexBlankPages() && added % 2 == 1) {
                PdfLetterRenderer.ThreadFonts.page(doc, box, resources, blank(box));
                added++;
            }
            letters++;
            return added;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content of a duplex filler page: empty, or only the DRAFT stamp on a draft run. */
    private byte[] blank(PDRectangle box) {
        if (blankStamp == null) {
            byte[] content = settings.draft()
                    ? drawer.draw(LetterLayout.stampOnly(), box.getWidth(), box.getHeight()) : new byte[0];
            drawer.used().forEach((style, cps) -> used.computeIfAbsent(style, s -> new BitSet()).or(cps));
            blankStamp = fonts.deflation.deflate(content);
        }
        return blankStamp;
    }

    @Override
    public int pages() {
        return doc.getNumberOfPages();
    }

    @Override
    public int letters() {
        return letters;
    }

    @Override
    public void save(Path file) throws IOException {
        archive.apply(doc, settings.title(), settings.author(), null, settings.created(), settings.documentId(), false);
        fonts.embed(doc, resources, used);
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            doc.save(out, CompressParameters.NO_COMPRESSION);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException ignored) {
            // in-memory document; nothing written to keep
        }
        fonts.close();
    }
}
