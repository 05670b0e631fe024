package com.breachdesk.letters;

import com.breachdesk.letters.compose.ComposedLetter;
import com.breachdesk.letters.model.RenderedLetter;
import com.breachdesk.letters.pdf.PdfLetterRenderer;
import com.breachdesk.vocabulary.DataCategory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

class ScratchTest {
    @Test
    void scratch() throws Exception {
        try (PdfLetterRenderer r = new PdfLetterRenderer()) {
            ComposedLetter c = LetterFixtures.compose("us-ca-individual", LetterFixtures.organizationUs(),
                    LetterFixtures.person("P1", "**Bob** {{x}} <b>", "US-CA", "en", Set.of(DataCategory.NAME, DataCategory.SSN, DataCategory.ACCOUNT_CREDENTIALS)), true);
            RenderedLetter l = r.render(c.document());
            Files.write(Path.of("/tmp/ca.pdf"), l.pdf());
            try (var doc = Loader.loadPDF(l.pdf())) {
                System.out.println(new PDFTextStripper().getText(doc));
            }
            for (String t : new String[]{"ua-individual", "us-ma-individual", "gdpr-art34-individual", "eprivacy-subscriber", "us-generic-individual"}) {
                ComposedLetter u = LetterFixtures.compose(t, LetterFixtures.organization(),
                        LetterFixtures.person("P2", "Олена Ґудзь-Їжак", "UA", "uk", Set.of(DataCategory.NAME, DataCategory.SSN, DataCategory.PHONE)), false);
                Files.write(Path.of("/tmp/" + t + ".pdf"), r.render(u.document()).pdf());
            }
            for (String n : new String[]{"ca", "ua-individual", "gdpr-art33-initial", "us-ma-individual"}) {
                javax.imageio.ImageIO.write(com.breachdesk.letters.pdf.PagePreview.render(Files.readAllBytes(Path.of("/tmp/" + n + ".pdf")), 0, 70), "png", new java.io.File("/tmp/" + n + ".png"));
            }
            for (String[] t : new String[][]{{"gdpr-art33-initial", "eu-gdpr-art33-sa", "PL"}, {"gdpr-art33-follow-up", "eu-gdpr-art33-sa-follow-up", "PL"}, {"eprivacy-611-initial", "eu-eprivacy-611-initial", "PL"}, {"eprivacy-611-second", "eu-eprivacy-611-second", "PL"}, {"nis2-early-warning", "eu-nis2-early-warning", null}, {"nis2-notification", "eu-nis2-notification", null}, {"nis2-final-report", "eu-nis2-final", null}, {"us-ag-cover", "us-ma-attorney-general", null}}) {
                ComposedLetter u = LetterFixtures.composeNotice(t[0], t[1], t[2]);
                Files.write(Path.of("/tmp/" + t[0] + ".pdf"), r.render(u.document()).pdf());
            }
        }
    }
}
