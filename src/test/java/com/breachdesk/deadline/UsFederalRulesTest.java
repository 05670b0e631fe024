package com.breachdesk.deadline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.breachdesk.deadline.CaseBuilder.breach;
import static org.assertj.core.api.Assertions.assertThat;

/** HIPAA, FTC and FCC rules as the regulations word them. */
class UsFederalRulesTest {

    private static final String DISCOVERED = "2026-03-02T10:00-05:00[America/New_York]";

    private static CaseBuilder hospital(long people) {
        return breach().at(DISCOVERED).data("name", "health").encryption("none").sectors("health").affected("US-NY", people);
    }

    @ParameterizedTest(name = "HIPAA: {1} individuals -> HHS within 60 days {2}, annual log {3}")
    @CsvSource(delimiter = '|', textBlock = """
            HHS 500 or more | 499 | not_required | required
            HHS 500 or more | 500 | required     | not_required
            HHS 500 or more | 501 | required     | not_required
            """)
    void hipaaSecretaryNoticeSplitsAtFiveHundred(String label, long people, String immediate, String annual) {
        CaseBuilder b = hospital(people);
        assertThat(b.obligation("us-hipaa-hhs-500-or-more", "US").status().id()).isEqualTo(immediate);
        assertThat(b.obligation("us-hipaa-hhs-under-500", "US").status().id()).isEqualTo(annual);
    }

    @Test
    void hipaaAnnualLogIsDueSixtyDaysAfterTheEndOfTheYearOfDiscovery() {
        Obligation o = hospital(20).obligation("us-hipaa-hhs-under-500", "US");
        assertThat(o.due()).hasToString("2027-03-02T04:59:59Z");
        assertThat(o.explanation()).contains("end of the calendar year of discovery (2026-12-31)");
    }

    @Test
    void hipaaAnnualLogInALeapYearIsDueOnTheTwentyNinthOfFebruary() {
        Obligation o = breach().at("2027-06-01T10:00-04:00[America/New_York]").data("health").encryption("none")
                .sectors("health").affected("US-NY", 20).obligation("us-hipaa-hhs-under-500", "US");
        assertThat(o.due()).hasToString("2028-03-01T04:59:59Z");
    }

    @Test
    void hipaaMediaNoticeCountsResidentsStateByState() {
        CaseBuilder b = breach().at(DISCOVERED).data("health").encryption("none").sectors("health")
                .affected("US-NY", 501).affected("US-CA", 500);
        assertThat(b.obligation("us-hipaa-media", "US-NY").status()).isEqualTo(ObligationStatus.REQUIRED);
        assertThat(b.obligation("us-hipaa-media", "US-CA").why().orElseThrow().id()).isEqualTo("threshold_not_met");
    }

    @Test
    void ftcHealthBreachMediaNoticeIsFiveHundredOrMorePerState() {
        CaseBuilder b = breach().at(DISCOVERED).data("health").encryption("none").sectors("health_app").affected("US-TX", 500);
        assertThat(b.obligation("us-ftc-hbnr-media", "US-TX").status()).isEqualTo(ObligationStatus.REQUIRED);
    }

    @Test
    void hipaaDoesNotApplyOutsideHealthCare() {
        assertThat(breach().at(DISCOVERED).data("health").encryption("none").affected("US-NY", 900)
                .obligation("us-hipaa-individuals", "US").why().orElseThrow().id()).isEqualTo("sector");
    }

    @Test
    void fccCpniLawEnforcementNoticeIsSevenBusinessDaysSkippingThanksgiving() {
        Obligation o = breach().at("2026-11-20T10:00-05:00[America/New_York]").data("call_metadata")
                .sectors("electronic_communications").affected("US-CA", 10).obligation("us-fcc-cpni-law-enforcement", "US");
        assertThat(o.status()).as(o.reasons().toString()).isEqualTo(ObligationStatus.REQUIRED);
        assertThat(o.nominalDue()).hasToString("2026-12-02T04:59:59Z");
        assertThat(o.due()).hasToString("2026-12-03T04:59:59Z");
        assertThat(o.explanation()).contains("2026-11-26 Thanksgiving");
    }

    @Test
    void fccCustomersMayBeToldOnlyAfterTheWaitingPeriod() {
        Obligation o = breach().at("2026-11-20T10:00-05:00[America/New_York]").data("call_metadata")
                .sectors("electronic_communications").affected("US-CA", 10)
                .done("us-fcc-cpni-law-enforcement", "US", "2026-11-23T10:00-05:00[America/New_York]")
                .obligation("us-fcc-cpni-customers", "US");
        assertThat(o.notBefore()).hasToString("2026-12-04T04:59:59Z");
    }
}
