package com.breachdesk.letters.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Renders a page of a finished PDF to an image, so a preview shows exactly what was written. */
public final class PagePreview {

    private PagePreview() {
    }

    public static BufferedImage render(byte[] pdf, int pageIndex, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be rendered: " + e.getMessage(), e);
        }
    }
}
