package com.breachdesk.letters.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

import javax.xml.transform.TransformerException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What makes a letter a PDF/A-2b evidence copy, and byte-identical on every run: the document information
 * and the matching XMP metadata (title, author = organization, dates fixed from the case), the PDF/A
 * identification, an sRGB output intent (the JDK's own sRGB profile), and a fixed file identifier. Nothing
 * else: no producer string, no internal notes, no file paths.
 */
final class PdfArchive {

    /** The sRGB profile, Flate-compressed once: every evidence copy embeds the same bytes. */
    private final byte[] srgbCompressed = deflate(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    private final ConcurrentHashMap<String, byte[]> xmpCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<LocalDate, String> dateText = new ConcurrentHashMap<>();

    static final String SRGB = "sRGB IEC61966-2.1";
    static final String REGISTRY = "http://www.color.org";

    /** The XMP metadata packet of an evidence copy (PDF/A-2b identification, title, author, dates). */
    byte[] xmp(String title, String author, LocalDate created) {
        return xmpCache.computeIfAbsent(title + '\u0000' + author + '\u0000' + created,
                k -> xmp(title, author, calendar(created)));
    }

    /** The sRGB output profile, Flate-compressed. */
    byte[] srgbCompressed() {
        return srgbCompressed;
    }

    /** {@code created} as a PDF date string. */
    String pdfDate(LocalDate created) {
        return dateText.computeIfAbsent(created, d -> org.apache.pdfbox.util.DateConverter.toString(calendar(d)));
    }

    void apply(PDDocument doc, String title, String author, String language, LocalDate created, byte[] documentId,
               boolean pdfa) throws IOException {
        Calendar date = calendar(created);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        // The date in PDF form, formatted once per day: PDFBox's formatter costs more than a page of text.
        COSString pdfDate = new COSString(pdfDate(created));
        info.getCOSObject().setItem(COSName.CREATION_DATE, pdfDate);
        info.getCOSObject().setItem(COSName.MOD_DATE, pdfDate);
        if (language != null) {
            doc.getDocumentCatalog().setLanguage(language);
        }
        COSArray id = new COSArray();
        id.add(new COSString(documentId));
        id.add(new COSString(documentId));
        doc.getDocument().getTrailer().setItem(COSName.ID, id);
        if (pdfa) {
            byte[] xmp = xmp(title, author, created);
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(xmp);
            doc.getDocumentCatalog().setMetadata(metadata);
            COSStream profile = doc.getDocument().createCOSStream();
            profile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            profile.setInt(COSName.N, 3);
            try (java.io.OutputStream out = profile.createRawOutputStream()) {
                out.write(srgbCompressed);
            }
            COSDictionary dict = new COSDictionary();
            dict.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
            dict.setItem(COSName.S, COSName.GTS_PDFA1);
            dict.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
            PDOutputIntent intent = new PDOutputIntent(dict);
            intent.setInfo(SRGB);
            intent.setOutputCondition(SRGB);
            intent.setOutputConditionIdentifier(SRGB);
            intent.setRegistryName(REGISTRY);
            doc.getDocumentCatalog().addOutputIntent(intent);
        }
    }

    private static byte[] deflate(byte[] data) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static Calendar calendar(LocalDate day) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        c.clear();
        c.setTimeInMillis(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        return c;
    }

    private static byte[] xmp(String title, String author, Calendar date) {
        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            dc.addCreator(author);
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreateDate(date);
            basic.setModifyDate(date);
            PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
            pdfa.setPart(2);
            pdfa.setConformance("B");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            return out.toByteArray();
        } catch (BadFieldValueException | TransformerException e) {
            throw new IllegalStateException("XMP metadata could not be written", e);
        }
    }
}
