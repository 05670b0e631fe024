package com.breachdesk.letters.template;

import com.breachdesk.letters.LetterFixtures;
import com.breachdesk.letters.compose.ComposedLetter;
import com.breachdesk.letters.pdf.PdfLetterRenderer;
import com.breachdesk.vocabulary.DataCategory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.breachdesk.vocabulary.DataCategory.ACCOUNT_CREDENTIALS;
import static com.breachdesk.vocabulary.DataCategory.NAME;
import static com.breachdesk.vocabulary.DataCategory.PHONE;
import static com.breachdesk.vocabulary.DataCategory.SSN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every shipped template, rendered and read back: the elements its law requires are on the page. */
class ShippedTemplatesTest {

    private static PdfLetterRenderer renderer;

    @BeforeAll
    static void start() {
        renderer = new PdfLetterRenderer();
    }

    @AfterAll
    static void stop() {
        renderer.close();
    }

    private static String text(ComposedLetter letter) throws IOException {
        try (PDDocument doc = Loader.loadPDF(renderer.render(letter.document()).pdf())) {
            PDFTextStripper s = new PDFTextStripper();
            return s.getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static String individual(String template, String jurisdiction, String language, Set<DataCategory> categories)
            throws IOException {
        return text(LetterFixtures.compose(template, jurisdiction.startsWith("US") ? LetterFixtures.organizationUs()
                : LetterFixtures.organization(), LetterFixtures.person("P1", "Jo Example", jurisdiction, language,
                categories), false));
    }

    static Stream<Arguments> individualNotices() {
        return Stream.of(
                Arguments.of("gdpr-art34-individual", "PL", "en", List.of("personal data breach",
                        "What happened", "An attacker logged in", "What this may mean for you",
                        "Fraudsters could use your contact details", "What we have done", "rotated all administrator",
                        "What you can do", "Be wary of calls", "data protection officer, Olena Koval",
                        "dpo@smart-point.example", "lodge a complaint")),
                Arguments.of("eprivacy-subscriber", "DE", "en", List.of("SMART-POINT",
                        "Summary of the incident", "Estimated date of the incident", "Circumstances of the breach",
                        "nature and content of your personal data concerned", "Likely consequences for you",
                        "Measures we have taken", "Measures we recommend", "Contact point", "dpo@smart-point.example")),
                Arguments.of("us-generic-individual", "US-TX", "en", List.of("What Happened",
                        "occurred on or about", "We discovered it on", "types of your personal information",
                        "What We Are Doing", "Remain vigilant", "reviewing your account statements",
                        "free credit reports", "Attorney General", "Federal Trade Commission", "1-877-438-4338",
                        "Equifax", "Experian", "TransUnion", "fraud alerts and security freezes", "Fair Credit Reporting Act",
                        "toll-free at 1-800-555-0100", "not delayed because of a law enforcement investigation",
                        "Promptly change your user name or password")),
                Arguments.of("ua-individual", "UA", "uk", List.of("Що сталося", "Зловмисник увійшов",
                        "Можливі наслідки", "Що ми зробили", "Що ви можете зробити", "Контакти",
                        "dpo@smart-point.example", "Уповноваженого Верховної Ради України з прав людини")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("individualNotices")
    void individualNoticeHasEveryRequiredElement(String template, String jurisdiction, String language,
                                                 List<String> required) throws IOException {
        assertThat(individual(template, jurisdiction, language, Set.of(NAME, PHONE, ACCOUNT_CREDENTIALS)))
                .contains(required);
    }

    static Stream<Arguments> regulatorNotices() {
        return Stream.of(
                Arguments.of("gdpr-art33-initial", "eu-gdpr-art33-sa", "PL", List.of("Urząd Ochrony Danych Osobowych",
                        "Nature of the personal data breach", "Categories of personal data concerned",
                        "Approximate number of data subjects concerned: 48,200",
                        "Approximate number of personal data records concerned: 48,200", "Olena Koval",
                        "Likely consequences", "Measures taken or proposed", "Reasons for the delay",
                        "The forensic review needed")),
                Arguments.of("gdpr-art33-follow-up", "eu-gdpr-art33-sa-follow-up", "PL", List.of(
                        "Your reference: DPA-2026-0042", "Nature of the breach", "Approximate number of data subjects",
                        "Contact point", "Likely consequences", "Measures taken or proposed")),
                Arguments.of("eprivacy-611-initial", "eu-eprivacy-611-initial", null, List.of("Name of the provider",
                        "SMART-POINT", "Contact point", "First notification", "Date and time of the incident",
                        "Date and time of detection", "Circumstances of the breach",
                        "Nature and content of the personal data concerned", "measures applied",
                        "Relevant use of other providers")),
                Arguments.of("eprivacy-611-second", "eu-eprivacy-611-second", null, List.of("second notification",
                        "Summary of the incident", "Physical location of the breach and storage media",
                        "Number of subscribers or individuals concerned: 48,200", "Potential consequences",
                        "measures taken to mitigate", "Notification to subscribers or individuals",
                        "Letters by post", "Cross-border issues", "Poland and Germany")),
                Arguments.of("nis2-early-warning", "eu-nis2-early-warning", null, List.of("Early warning",
                        "Suspected unlawful or malicious act", "external attacker", "Possible cross-border impact")),
                Arguments.of("nis2-notification", "eu-nis2-notification", null, List.of("Update of the early warning",
                        "Initial assessment: severity and impact", "High: customer data copied",
                        "Indicators of compromise")),
                Arguments.of("nis2-final-report", "eu-nis2-final", null, List.of("Detailed description of the incident",
                        "severity and impact", "Type of threat or root cause", "Credential reuse",
                        "Applied and ongoing mitigation measures", "Cross-border impact")),
                Arguments.of("us-ag-cover", "us-ma-attorney-general", null, List.of("Massachusetts Attorney General",
                        "Residents of Massachusetts, United States affected 50", "Total number of people affected 48,200",
                        "Nature of the breach", "Personal information involved", "Steps taken and planned",
                        "sample copy of the notice")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regulatorNotices")
    void regulatorNoticeHasEveryRequiredElement(String template, String rule, String state, List<String> required)
            throws IOException {
        assertThat(text(LetterFixtures.composeNotice(template, rule, state))).contains(required);
    }

    @Test
    void californiaNoticeHasTheTitleAndTheFiveHeadingsInOrder() throws IOException {
        String text = individual("us-ca-individual", "US-CA", "en", Set.of(NAME, PHONE));
        List<String> order = List.of("Notice of Data Breach", "What Happened", "What Information Was Involved",
                "What We Are Doing", "What You Can Do", "For More Information");
        int last = -1;
        for (String heading : order) {
            int at = text.indexOf(heading, last + 1);
            assertThat(at).as(heading).isGreaterThan(last);
            last = at;
        }
        assertThat(text).contains("name, telephone number", "This notice is dated March 5, 2026",
                "not delayed because of a law enforcement investigation", "SMART-POINT",
                "privacy@smart-point.example");
    }

    @Test
    void californiaNoticeIsPrintedInAtLeastTenPointType() throws IOException {
        ComposedLetter letter = LetterFixtures.compose("us-ca-individual", LetterFixtures.organizationUs(),
                LetterFixtures.person("P1", "Jo Example", "US-CA", "en", Set.of(NAME, SSN)), false);
        List<Float> sizes = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.forEach(p -> sizes.add(p.getFontSizeInPt()));
            }
        };
        try (PDDocument doc = Loader.loadPDF(renderer.render(letter.document()).pdf())) {
            s.getText(doc);
        }
        assertThat(sizes).isNotEmpty().allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(10f));
    }

    @Test
    void californiaNoticeOffersCreditBureausAndTwelveMonthsOfServicesWhenAnSsnIsInvolved() throws IOException {
        String text = individual("us-ca-individual", "US-CA", "en", Set.of(NAME, SSN));
        assertThat(text).contains("Equifax 1-888-298-0045", "Experian 1-888-397-3742", "TransUnion 1-800-916-8800",
                "P.O. Box 105788, Atlanta", "at no cost to you, for at least 12 months", "Enrol at guard.example");
    }

    @Test
    void californiaNoticeLeavesTheCreditBureauBlockOutWithoutAnSsnOrId() throws IOException {
        String text = individual("us-ca-individual", "US-CA", "en", Set.of(NAME, PHONE));
        assertThat(text).doesNotContain("Equifax").doesNotContain("12 months");
    }

    @Test
    void massachusettsNoticeOmitsTheNatureOfTheBreachAndTheNumberOfResidents() throws IOException {
        String text = individual("us-ma-individual", "US-MA", "en", Set.of(NAME, SSN));
        assertThat(text).doesNotContain("attacker").doesNotContain("administration interface")
                .doesNotContain("48,200").doesNotContain("50 ").doesNotContain("residents affected");
        assertThat(text).contains("right to obtain any police report", "security freeze",
                "no charge to place, lift or remove a security freeze",
                "To request a security freeze, you will need to provide",
                "we are offering you 12 months of credit monitoring");
    }

    @Test
    void ukrainianNoticeIsWrittenInUkrainian() throws IOException {
        String text = individual("ua-individual", "UA", "uk", Set.of(NAME, PHONE));
        assertThat(text).contains("Повідомлення про порушення безпеки персональних даних", "Сторінка 1 з",
                "Номер: SP7F3A/P1", "ім'я та прізвище, номер телефону", "5 березня 2026");
        assertThat(text).doesNotContain("An attacker");
    }

    @Test
    void everyShippedTemplateFileIsListedInTheIndex() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.equals("README.md")).sorted().toList();
            assertEquals(onDisk, TemplateCatalog.shippedFiles().stream().sorted().toList());
        }
    }

    @Test
    void everyRuleATemplateSatisfiesExistsInTheRulePack() {
        for (LetterTemplate t : LetterFixtures.CATALOG.all()) {
            for (String rule : t.header().satisfies()) {
                assertThat(LetterFixtures.RULES.find(rule)).as(t.id() + " satisfies " + rule).isPresent();
            }
        }
    }

    @Test
    void everyTemplateRecordsItsCitationAndReviewDate() {
        assertThat(LetterFixtures.CATALOG.all()).hasSize(14).allSatisfy(t -> {
            assertThat(t.header().citation()).as(t.id()).isNotBlank();
            assertThat(t.header().lastReviewed()).as(t.id()).matches("\\d{4}-\\d{2}-\\d{2}");
        });
    }

    @Test
    void aUserTemplateWithTheSameIdReplacesTheShippedOne(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        String text = Files.readString(Path.of("templates/us-generic-individual.md"))
                .replace("version: 1", "version: 2").replace("Dear {{person.name}},", "Hello {{person.name}},");
        Files.writeString(folder.resolve("mine.md"), text);
        Files.writeString(folder.resolve("broken.md"), "no front matter");
        TemplateCatalog catalog = TemplateCatalog.load(folder);
        assertEquals(2, catalog.require("us-generic-individual").version());
        assertEquals(LetterTemplate.Origin.USER, catalog.require("us-generic-individual").origin());
        assertThat(catalog.problems()).singleElement().asString().startsWith("broken.md");
    }
}
