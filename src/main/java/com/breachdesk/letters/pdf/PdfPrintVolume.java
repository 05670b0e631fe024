package com.breachdesk.letters.pdf;

import com.breachdesk.letters.model.PrintVolume;
import com.breachdesk.letters.model.PrintablePages;
import com.breachdesk.letters.model.Style;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

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
 * The print-ready PDF, built directly: each letter's page content is placed as it is (no second drawing),
 * and each face is embedded once for the whole volume with the union of the characters used.
 */
final class PdfPrintVolume implements PrintVolume {

    private final PdfArchive archive;
    private final Settings settings;
    private final PDDocument doc = new PDDocument();
    private final PDResources resources = new PDResources();
    private final PdfLetterRenderer.ThreadFonts fonts;
    private final Map<Style, PDType0Font> pdFonts = new EnumMap<>(Style.class);
    private int letters;

    PdfPrintVolume(FontFaces faces, PdfArchive archive, Settings settings) {
        this.archive = archive;
        this.settings = settings;
        this.fonts = new PdfLetterRenderer.ThreadFonts(faces);
        doc.setVersion(1.7f);
    }

    private PDFont font(Style style) {
        return pdFonts.computeIfAbsent(style, s -> {
            try {
                PDType0Font f = PDType0Font.load(doc, fonts.get(s), true);
                resources.put(PageDrawer.FONT_NAMES.get(s), f);
                return f;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public int append(PrintablePages letter) {
        PdfPrintablePages pages = (PdfPrintablePages) letter;
        for (Map.Entry<Style, BitSet> e : pages.used().entrySet()) {
            PDType0Font f = (PDType0Font) font(e.getKey());
            BitSet cps = e.getValue();
            for (int cp = cps.nextSetBit(0); cp >= 0; cp = cps.nextSetBit(cp + 1)) {
                f.addToSubset(cp);
            }
        }
        PDRectangle box = new PDRectangle(pages.width(), pages.height());
        try {
            for (byte[] content : pages.contents()) {
                PDPage page = new PDPage(box);
                page.setResources(resources);
                COSStream stream = doc.getDocument().createCOSStream();
                stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
                try (OutputStream out = stream.createRawOutputStream()) {
                    out.write(content);
                }
                page.getCOSObject().setItem(COSName.CONTENTS, stream);
                doc.addPage(page);
            }
            int added = pages.pages();
            if (settings.duplexBlankPages() && added % 2 == 1) {
                PDPage blank = new PDPage(box);
                blank.setResources(resources);
                doc.addPage(blank);
                if (settings.draft()) {
                    try (PDPageContentStream cs = new PDPageContentStream(doc, blank)) {
                        PageDrawer.draw(cs, LetterLayout.stampOnly(), box.getWidth(), box.getHeight(), this::font);
                    }
                }
                added++;
            }
            letters++;
            return added;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        // Drawing registers a font for subsetting at save; pages placed as they are never draw, so embed the
        // subsets here, with every character the volume's letters use.
        for (PDType0Font font : pdFonts.values()) {
            font.subset();
        }
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
