package com.breachdesk.letters.pdf;

import com.breachdesk.letters.LetterFixtures;
import com.breachdesk.letters.compose.ComposedLetter;
import com.breachdesk.letters.model.EnvelopeLayout;
import com.breachdesk.letters.model.UnprintableTextException;
import com.breachdesk.vocabulary.DataCategory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PdfLetterRendererTest {

    private static PdfLetterRenderer renderer;

    @BeforeAll
    static void start() {
        renderer = new PdfLetterRenderer();
    }

    @AfterAll
    static void stop() {
        renderer.close();
    }

    private static byte[] ukrainianLetter(String name) {
        ComposedLetter c = LetterFixtures.compose("ua-individual", LetterFixtures.organization(),
                LetterFixtures.person("P7", name, "UA", "uk", Set.of(DataCategory.NAME, DataCategory.PHONE)), false);
        return renderer.render(c.document()).pdf();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void ukrainianTextRoundTripsThroughThePdf() throws Exception {
        String text = text(ukrainianLetter("Ґанна Їжакевич-Єрмоленко"));
        assertThat(text).contains("Ґанна Їжакевич-Єрмоленко", "Повідомлення про порушення безпеки",
                "ім'я та прізвище, номер телефону", "Сторінка 1 з");
    }

    @Test
    void everyFontIsAnEmbeddedSubset() throws Exception {
        try (PDDocument doc = Loader.loadPDF(ukrainianLetter("Олена"))) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans.*");
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @Test
    void printVolumeEmbedsEachFaceOnceAsASubset(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path print = dir.resolve("print.pdf");
        try (var volume = renderer.openPrintVolume(new com.breachdesk.letters.model.PrintVolume.Settings("Print",
                "Org", LetterFixtures.LETTER_DATE, new byte[16], true, false))) {
            for (String name : List.of("Олена", "Anna", "Zoë")) {
                ComposedLetter c = LetterFixtures.compose("ua-individual", LetterFixtures.organization(),
                        LetterFixtures.person("P-" + name, name, "UA", "uk", Set.of(DataCategory.NAME)), false);
                volume.append(renderer.render(c.document()).printable());
            }
            volume.save(print);
        }
        try (PDDocument doc = Loader.loadPDF(print.toFile())) {
            java.util.Set<org.apache.pdfbox.cos.COSBase> distinct = new java.util.HashSet<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans.*");
                    distinct.add(font.getCOSObject());
                }
            }
            assertThat(distinct).hasSizeLessThanOrEqualTo(4);
            assertThat(new PDFTextStripper().getText(doc)).contains("Олена", "Anna", "Zoë");
        }
    }

    @Test
    void printVolumeKeepsEachLettersPaperSizeAndAddsTheDuplexBlankInIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path print = dir.resolve("print.pdf");
        List<Integer> pagesPerLetter = new ArrayList<>();
        try (var volume = renderer.openPrintVolume(new com.breachdesk.letters.model.PrintVolume.Settings("Print",
                "Org", LetterFixtures.LETTER_DATE, new byte[16], true, false))) {
            pagesPerLetter.add(volume.append(renderer.render(LetterFixtures.compose("ua-individual",
                    LetterFixtures.organization(), LetterFixtures.person("P1", "Олена", "UA", "uk",
                            Set.of(DataCategory.NAME)), false).document()).printable()));
            pagesPerLetter.add(volume.append(renderer.render(LetterFixtures.compose("us-generic-individual",
                    LetterFixtures.organizationUs(), LetterFixtures.person("P2", "Jo Smith", "US-TX", "en",
                            Set.of(DataCategory.NAME)), false).document()).printable()));
            volume.save(print);
        }
        try (PDDocument doc = Loader.loadPDF(print.toFile())) {
            assertEquals(pagesPerLetter.get(0) + pagesPerLetter.get(1), doc.getNumberOfPages());
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                float expectedWidth = i < pagesPerLetter.get(0) ? 595.276f : 612f; // A4, then US Letter
                assertEquals(expectedWidth, doc.getPage(i).getMediaBox().getWidth(), 0.01f, "page " + (i + 1));
            }
            assertThat(pagesPerLetter).allMatch(n -> n % 2 == 0);
        }
    }

    @Test
    void aCharacterTheFontLacksIsAnErrorNotABlankBox() {
        assertThatThrownBy(() -> ukrainianLetter("Emoji \uD83D\uDE00 Person"))
                .isInstanceOf(UnprintableTextException.class).hasMessageContaining("U+1F600");
        assertThat(renderer.unprintable("Ok \u0FFF")).get().asString().contains("U+0FFF");
        assertThat(renderer.unprintable("ґєії ĄŁŻ ß é")).isEmpty();
    }

    @Test
    void crossReferenceTablePointsAtEveryObject() {
        // PDFBox would quietly repair a broken table on load; readers such as print shops' RIPs may not.
        byte[] pdf = ukrainianLetter("Олена Ґудзь");
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int xref = Integer.parseInt(text.substring(text.lastIndexOf("startxref") + 10, text.lastIndexOf("%%EOF")).strip());
        assertThat(text.substring(xref)).startsWith("xref\n0 ");
        String[] lines = text.substring(xref).split("\r?\n");
        int count = Integer.parseInt(lines[1].split(" ")[1]);
        assertThat(lines[2]).isEqualTo("0000000000 65535 f");
        for (int object = 1; object < count; object++) {
            String entry = lines[2 + object];
            assertThat(entry).matches("\\d{10} 00000 n");
            int offset = Integer.parseInt(entry.substring(0, 10));
            assertThat(text.substring(offset)).as("object %d", object).startsWith(object + " 0 obj\n");
        }
        assertThat(text).contains("/Size " + count + " ");
    }

    @Test
    void theSameLetterRendersToTheSameBytes() {
        byte[] first = ukrainianLetter("Олена Коваль");
        try (PdfLetterRenderer another = new PdfLetterRenderer()) {
            ComposedLetter c = LetterFixtures.compose("ua-individual", LetterFixtures.organization(),
                    LetterFixtures.person("P7", "Олена Коваль", "UA", "uk", Set.of(DataCategory.NAME, DataCategory.PHONE)), false);
            assertArrayEquals(first, another.render(c.document()).pdf());
        }
    }

    @Test
    void aDifferentNameGivesADifferentDocumentId() throws Exception {
        try (PDDocument a = Loader.loadPDF(ukrainianLetter("A")); PDDocument b = Loader.loadPDF(ukrainianLetter("B"))) {
            assertThat(a.getDocument().getDocumentID()).isNotEqualTo(b.getDocument().getDocumentID());
        }
    }

    @Test
    void metadataNamesTitleAndOrganizationAndNothingElse() throws Exception {
        byte[] pdf = ukrainianLetter("Олена");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals("Повідомлення про порушення безпеки персональних даних", info.getTitle());
            assertEquals("SMART-POINT", info.getAuthor());
            assertThat(info.getProducer()).isNull();
            assertThat(info.getCreator()).isNull();
            assertThat(info.getSubject()).isNull();
            assertThat(info.getKeywords()).isNull();
            assertEquals(2026, info.getCreationDate().get(java.util.Calendar.YEAR));
        }
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain(System.getProperty("user.home")).doesNotContain("/tmp/");
    }

    @Test
    void pagesAreNumberedPageXOfY() throws Exception {
        ComposedLetter c = LetterFixtures.compose("us-generic-individual", LetterFixtures.organizationUs(),
                LetterFixtures.person("P1", "Jo Smith", "US-TX", "en", Set.of(DataCategory.NAME, DataCategory.SSN)), false);
        byte[] pdf = renderer.render(c.document()).pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int n = doc.getNumberOfPages();
            assertThat(n).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc);
            for (int i = 1; i <= n; i++) {
                assertThat(text).contains("Page " + i + " of " + n);
            }
            assertThat(text).contains("Reference: " + "SP7F3A/P1");
        }
    }

    /** Where the first character of {@code needle} is printed on page 1, in points from the top-left. */
    private static float[] position(byte[] pdf, String needle) throws IOException {
        List<float[]> found = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                int at = text.indexOf(needle);
                if (at >= 0 && found.isEmpty()) {
                    TextPosition p = positions.get(at);
                    found.add(new float[] {p.getXDirAdj(), p.getYDirAdj()});
                }
            }
        };
        s.setEndPage(1);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            s.getText(doc);
        }
        return found.get(0);
    }

    @Test
    void addressShowsThroughTheDlWindow() throws Exception {
        ComposedLetter c = LetterFixtures.compose("gdpr-art34-individual", LetterFixtures.organization(),
                LetterFixtures.person("P1", "Anna Windowska", "PL", "en", Set.of(DataCategory.NAME)), false);
        float[] at = position(renderer.render(c.document()).pdf(), "Anna Windowska");
        float mm = 72f / 25.4f;
        // DL window: 20-110 mm from the left, 45-90 mm from the top of the A4 sheet (DIN 5008 form B)
        assertThat(at[0] / mm).isBetween(20f, 110f);
        assertThat(at[1] / mm).isBetween(45f, 90f);
    }

    @Test
    void addressShowsThroughTheUs10Window() throws Exception {
        ComposedLetter c = LetterFixtures.compose("us-generic-individual", LetterFixtures.organizationUs(),
                LetterFixtures.person("P1", "Jo Windowsmith", "US-TX", "en", Set.of(DataCategory.NAME)), false);
        float[] at = position(renderer.render(c.document()).pdf(), "Jo Windowsmith");
        // #10 window as the folded sheet can sit: 2.27-3.17 in from the top, 0.875-4.875 in from the left
        assertThat(at[0] / 72f).isBetween(0.875f, 4.875f);
        assertThat(at[1] / 72f).isBetween(2.27f, 3.17f);
    }

    @Test
    void anAddressTooLongForTheWindowIsRefused() {
        assertThat(renderer.addressProblem(List.of("Name", "1", "2", "3", "4", "5"), EnvelopeLayout.US_10))
                .get().asString().contains("at most 5");
        assertThat(renderer.addressProblem(List.of("Name", "1", "2", "3", "4", "5"), EnvelopeLayout.DL_LEFT)).isEmpty();
    }
}
