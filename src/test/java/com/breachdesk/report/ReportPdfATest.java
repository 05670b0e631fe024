package com.breachdesk.report;

import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports are archived with the case like letters: PDF/A-2b, checked by veraPDF, fonts embedded. */
class ReportPdfATest {

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest
    @EnumSource(ReportVariant.class)
    void reportIsValidPdfA2b(ReportVariant variant) throws Exception {
        TestClock clock = TestClock.at("2026-03-02T10:00:00Z");
        byte[] pdf;
        try (CaseSession session = ReportFixture.demo(dir, clock)) {
            pdf = ReportFixture.reports().generate(session, ReportFixture.assessor(clock),
                    new ReportRequest(clock.instant(), variant, false)).pdf();
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + ": " + a.getMessage()).distinct().collect(Collectors.joining("\n"));
            assertThat(failures).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }
}
