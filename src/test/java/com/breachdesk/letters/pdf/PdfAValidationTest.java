package com.breachdesk.letters.pdf;

import com.breachdesk.letters.LetterFixtures;
import com.breachdesk.vocabulary.DataCategory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence copies are PDF/A-2b, checked by veraPDF (the greenfield validator, the reference implementation for
 * PDF/A-2; PDFBox's own preflight only knows PDF/A-1b).
 */
class PdfAValidationTest {

    private static PdfLetterRenderer renderer;

    @BeforeAll
    static void start() {
        VeraGreenfieldFoundryProvider.initialise();
        renderer = new PdfLetterRenderer();
    }

    @AfterAll
    static void stop() {
        renderer.close();
    }

    static String violations(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            return result.isCompliant() ? "" : result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void letterIsValidPdfA2b(boolean draft) throws Exception {
        var letter = LetterFixtures.compose("ua-individual", LetterFixtures.organization(),
                LetterFixtures.person("P1", "Олена Ґудзь", "UA", "uk", Set.of(DataCategory.NAME, DataCategory.PHONE)), draft);
        assertThat(violations(renderer.render(letter.document()).pdf())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void printVolumeIsValidPdfA2b(boolean draft, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path print = dir.resolve("print.pdf");
        try (var volume = renderer.openPrintVolume(new com.breachdesk.letters.model.PrintVolume.Settings("Print",
                "Org", LetterFixtures.LETTER_DATE, new byte[16], true, draft))) {
            volume.append(renderer.render(LetterFixtures.compose("us-generic-individual", LetterFixtures.organizationUs(),
                    LetterFixtures.person("P1", "Jo Smith", "US-TX", "en", Set.of(DataCategory.NAME)), draft).document()).printable());
            volume.append(renderer.render(LetterFixtures.compose("ua-individual", LetterFixtures.organization(),
                    LetterFixtures.person("P2", "Олена Ґудзь", "UA", "uk", Set.of(DataCategory.NAME)), draft).document()).printable());
            volume.save(print);
        }
        assertThat(violations(java.nio.file.Files.readAllBytes(print))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void validatorRejectsAPdfWithoutPdfAMetadata() throws Exception {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            assertThat(violations(out.toByteArray())).contains("6.6.2.1");
        }
    }
}
