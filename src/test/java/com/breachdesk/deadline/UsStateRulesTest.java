package com.breachdesk.deadline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.breachdesk.deadline.CaseBuilder.breach;
import static org.assertj.core.api.Assertions.assertThat;

/** US state breach statutes, row by row as the statutes word them. */
class UsStateRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            California (SB 446): 30 calendar days after discovery, from 2026-01-01        | us-ca-individuals  | US-CA | 812 | 2026-03-02T10:00-08:00[America/Los_Angeles] | name,ssn | none | required     | 2026-04-02T06:59:59Z | 2
            California before 2026: no number of days, only the most expedient time       | us-ca-individuals  | US-CA | 812 | 2025-06-02T10:00-07:00[America/Los_Angeles] | name,ssn | none | required     |                      | 1
            Colorado: 30 calendar days after determination, in Denver time               | us-co-individuals  | US-CO | 10  | 2026-03-02T12:00-07:00[America/Denver]      | name,ssn | none | required     | 2026-04-02T05:59:59Z | 1
            Colorado AG: 500 or more Coloradans - 499 is not enough                         | us-co-attorney-general | US-CO | 499 | 2026-03-02T12:00-07:00[America/Denver] | name,ssn | none | not_required |                 | 1
            Colorado AG: 500 or more Coloradans - 500 is enough                             | us-co-attorney-general | US-CO | 500 | 2026-03-02T12:00-07:00[America/Denver] | name,ssn | none | required  | 2026-04-02T05:59:59Z | 1
            Colorado AG: 500 or more Coloradans - 501 is enough                             | us-co-attorney-general | US-CO | 501 | 2026-03-02T12:00-07:00[America/Denver] | name,ssn | none | required  | 2026-04-02T05:59:59Z | 1
            Rhode Island AG: more than 500 Rhode Islanders - 500 is not enough              | us-ri-attorney-general | US-RI | 500 | 2026-03-02T12:00-05:00[America/New_York] | name,ssn | none | not_required |               | 1
            Rhode Island AG: more than 500 Rhode Islanders - 501 is enough                  | us-ri-attorney-general | US-RI | 501 | 2026-03-02T12:00-05:00[America/New_York] | name,ssn | none | required |                   | 1
            Texas AG since 2023-09-01: 250 or more Texans, 30 days after determination      | us-tx-attorney-general | US-TX | 250 | 2026-03-02T12:00-06:00[America/Chicago] | name,ssn | none | required | 2026-04-02T04:59:59Z | 3
            Texas AG 2020-2023: 60 days after determination                                 | us-tx-attorney-general | US-TX | 250 | 2022-03-02T12:00-06:00[America/Chicago] | name,ssn | none | required | 2022-05-02T04:59:59Z | 2
            Texas AG: 249 Texans is not enough                                              | us-tx-attorney-general | US-TX | 249 | 2026-03-02T12:00-06:00[America/Chicago] | name,ssn | none | not_required |              | 3
            California: encrypted data with a safe key is exempt                            | us-ca-individuals  | US-CA | 812 | 2026-03-02T10:00-08:00[America/Los_Angeles] | name,ssn | encrypted_key_safe | not_required |  | 2
            California: the exemption is lost when the key was taken too                    | us-ca-individuals  | US-CA | 812 | 2026-03-02T10:00-08:00[America/Los_Angeles] | name,ssn | encrypted_key_compromised | required | 2026-04-02T06:59:59Z | 2
            Connecticut: no key clause recorded, so the exemption stays                     | us-ct-individuals  | US-CT | 40  | 2026-03-02T10:00-05:00[America/New_York] | name,ssn | encrypted_key_compromised | not_required | | 2
            Texas: an email address alone is not sensitive personal information             | us-tx-individuals  | US-TX | 40  | 2026-03-02T12:00-06:00[America/Chicago] | email | none | not_required |  | 2
            Vermont AG: preliminary notice in 14 business days, Memorial Day skipped        | us-vt-attorney-general | US-VT | 10 | 2026-05-20T10:00-04:00[America/New_York] | name,ssn | none | required | 2026-06-11T03:59:59Z | 1
            Mississippi: the statute sets no attorney-general notice                         | us-ms-attorney-general | US-MS | 9000 | 2026-03-02T12:00-06:00[America/Chicago] | name,ssn | none | not_required |  | 1
            """)
    void statuteTable(String statute, String ruleId, String jurisdiction, long residents, String moment, String data,
                      String encryption, String status, String due, int version) {
        Obligation o = breach().at(moment).data(data.split(",")).encryption(encryption).intent("malicious")
                .affected(jurisdiction, residents).obligation(ruleId, jurisdiction);
        assertThat(o.status().id()).as(statute + ": " + o.reasons()).isEqualTo(status);
        assertThat(o.due() == null ? null : o.due().toString()).as(statute + ": " + o.explanation()).isEqualTo(due);
        assertThat(o.rule().version()).as(statute).isEqualTo(version);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Encrypted, key safe          | encrypted_key_safe        | encryption_safe_harbor
            Email alone is not covered   | none                      | data_not_covered
            """)
    void notRequiredSaysWhy(String label, String encryption, String why) {
        Obligation o = breach().at("2026-03-02T10:00-08:00[America/Los_Angeles]")
                .data(why.equals("data_not_covered") ? new String[] {"email"} : new String[] {"name", "ssn"})
                .encryption(encryption).affected("US-CA", 10).obligation("us-ca-individuals", "US-CA");
        assertThat(o.why().orElseThrow().id()).as(label).isEqualTo(why);
    }

    @org.junit.jupiter.api.Test
    void vermontBusinessDaysKeepTheNominalDateWithoutHolidaysBesideTheEffectiveOne() {
        Obligation o = breach().at("2026-05-20T10:00-04:00[America/New_York]").data("name", "ssn").encryption("none")
                .affected("US-VT", 10).obligation("us-vt-attorney-general", "US-VT");
        assertThat(o.nominalDue()).hasToString("2026-06-10T03:59:59Z");
        assertThat(o.due()).hasToString("2026-06-11T03:59:59Z");
        assertThat(o.explanation()).contains("2026-05-25 Memorial Day").contains("Rule us-vt-attorney-general v1");
    }

    @org.junit.jupiter.api.Test
    void californiaExplanationShowsTheEndOfDayConventionAndCitesTheRule() {
        Obligation o = breach().at("2026-03-02T10:00-08:00[America/Los_Angeles]").data("name", "ssn").encryption("none")
                .affected("US-CA", 812).obligation("us-ca-individuals", "US-CA");
        assertThat(o.explanation()).startsWith("30 calendar days from discovery on 2026-03-02 (America/Los_Angeles) = "
                + "2026-04-01 23:59:59 PDT").contains("Rule us-ca-individuals v2");
    }

    @org.junit.jupiter.api.Test
    void unknownEncryptionNeedsInformationInsteadOfAssumingNone() {
        Obligation o = breach().at("2026-03-02T10:00-08:00[America/Los_Angeles]").data("name", "ssn")
                .affected("US-CA", 812).obligation("us-ca-individuals", "US-CA");
        assertThat(o.status()).isEqualTo(ObligationStatus.NEEDS_INFORMATION);
        assertThat(o.missing()).anyMatch(m -> m.contains("encrypted"));
    }

    @org.junit.jupiter.api.Test
    void californiaAttorneyGeneralCopyIsDueFifteenDaysAfterResidentsWereNotified() {
        CaseBuilder ca = breach().at("2026-03-02T10:00-08:00[America/Los_Angeles]").data("name", "ssn").encryption("none")
                .affected("US-CA", 812);
        assertThat(ca.obligation("us-ca-attorney-general", "US-CA").missing())
                .anyMatch(m -> m.startsWith("notification not yet sent"));
        Obligation after = ca.done("us-ca-individuals", "US-CA", "2026-03-20T09:00-07:00[America/Los_Angeles]")
                .obligation("us-ca-attorney-general", "US-CA");
        assertThat(after.status()).isEqualTo(ObligationStatus.REQUIRED);
        assertThat(after.due()).hasToString("2026-04-05T06:59:59Z");
    }
}
