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

    // Conn. Gen. Stat. § 36a-701b(b): notify the Attorney General "not later than the time when notice is provided
    // to the residents".
    private static CaseBuilder connecticut() {
        return breach().at("2026-03-02T10:00-05:00[America/New_York]").data("name", "ssn").encryption("none")
                .affected("US-CT", 40);
    }

    @org.junit.jupiter.api.Test
    void connecticutAttorneyGeneralIsDueWhenTheResidentsAreWhileTheyAreNotYetNotified() {
        CaseBuilder ct = connecticut();
        Obligation residents = ct.obligation("us-ct-individuals", "US-CT");
        Obligation ag = ct.obligation("us-ct-attorney-general", "US-CT");
        assertThat(residents.due()).hasToString("2026-05-02T03:59:59Z");
        assertThat(ag.status()).isEqualTo(ObligationStatus.REQUIRED);
        assertThat(ag.due()).as(ag.explanation()).isEqualTo(residents.due());
        assertThat(ag.nominalDue()).isEqualTo(residents.due());
        assertThat(ag.explanation()).startsWith("No later than notice to affected Connecticut residents (us-ct-individuals),"
                + " due 2026-05-01 23:59:59 EDT").contains("Rule us-ct-attorney-general v1");
        assertThat(ag.ordering()).contains("Give this notice no later than: Notify affected Connecticut residents within"
                + " 60 days (us-ct-individuals)");
    }

    @org.junit.jupiter.api.Test
    void connecticutAttorneyGeneralMovesToTheMomentTheResidentsWereNotified() {
        Obligation early = connecticut().done("us-ct-individuals", "US-CT", "2026-03-20T09:00-04:00[America/New_York]")
                .obligation("us-ct-attorney-general", "US-CT");
        assertThat(early.due()).as(early.explanation()).hasToString("2026-03-20T13:00:00Z");
        assertThat(early.explanation()).startsWith("No later than notice to affected Connecticut residents"
                + " (us-ct-individuals), given 2026-03-20 09:00:00 EDT (marked done)");
        // Residents notified after their own 60 days: the AG notice is still due "when notice is provided".
        Obligation late = connecticut().done("us-ct-individuals", "US-CT", "2026-05-10T09:00-04:00[America/New_York]")
                .obligation("us-ct-attorney-general", "US-CT");
        assertThat(late.due()).hasToString("2026-05-10T13:00:00Z");
    }

    @org.junit.jupiter.api.Test
    void districtOfColumbiaAttorneyGeneralHasNoDateUntilResidentsAreNotifiedButSaysWhatBindsIt() {
        CaseBuilder dc = breach().at("2026-03-02T10:00-05:00[America/New_York]").data("name", "ssn").encryption("none")
                .affected("US-DC", 60);
        Obligation open = dc.obligation("us-dc-attorney-general", "US-DC");
        assertThat(open.status()).isEqualTo(ObligationStatus.REQUIRED);
        assertThat(open.due()).isNull();
        assertThat(open.explanation()).contains("No later than notice to affected District of Columbia residents"
                + " (us-dc-individuals), which has no fixed due date and is not marked done yet");
        assertThat(dc.done("us-dc-individuals", "US-DC", "2026-03-10T12:00-05:00[America/New_York]")
                .obligation("us-dc-attorney-general", "US-DC").due()).hasToString("2026-03-10T17:00:00Z");
    }

    // Ark. Code § 4-110-105(b)(2): the AG "at the same time the security breach is disclosed to an affected individual
    // or within forty-five (45) days after the person or business determines that there is a reasonable likelihood of
    // harm to customers, whichever occurs first".
    private static CaseBuilder arkansas() {
        return breach().aware("2026-02-20T09:00-06:00[America/Chicago]").discovered("2026-02-20T09:00-06:00[America/Chicago]")
                .determined("2026-03-02T12:00-06:00[America/Chicago]").data("name", "ssn").encryption("none")
                .affected("US-AR", 1500);
    }

    @org.junit.jupiter.api.Test
    void arkansasAttorneyGeneralWithin45DaysOfTheDeterminationWhileResidentsAreNotYetNotified() {
        Obligation ag = arkansas().obligation("us-ar-attorney-general", "US-AR");
        assertThat(ag.status()).isEqualTo(ObligationStatus.REQUIRED);
        assertThat(ag.due()).as(ag.explanation()).hasToString("2026-04-17T04:59:59Z");
        assertThat(ag.explanation()).startsWith("45 calendar days from determination that a breach occurred on 2026-03-02"
                + " (America/Chicago) = 2026-04-16 23:59:59 CDT")
                .contains("No later than notice to affected Arkansas residents (us-ar-individuals)");
    }

    @org.junit.jupiter.api.Test
    void arkansasAttorneyGeneralEarlierResidentNoticeComesFirst() {
        Obligation ag = arkansas().done("us-ar-individuals", "US-AR", "2026-03-20T09:00-05:00[America/Chicago]")
                .obligation("us-ar-attorney-general", "US-AR");
        assertThat(ag.due()).as(ag.explanation()).hasToString("2026-03-20T14:00:00Z");
        assertThat(ag.explanation()).startsWith("No later than notice to affected Arkansas residents (us-ar-individuals),"
                + " given 2026-03-20 09:00:00 CDT (marked done): that comes first and sets the date")
                .contains("the time limit alone: 45 calendar days");
    }

    @org.junit.jupiter.api.Test
    void arkansasAttorneyGeneralLaterResidentNoticeLeavesThe45Days() {
        Obligation ag = arkansas().done("us-ar-individuals", "US-AR", "2026-04-30T09:00-05:00[America/Chicago]")
                .obligation("us-ar-attorney-general", "US-AR");
        assertThat(ag.due()).as(ag.explanation()).hasToString("2026-04-17T04:59:59Z");
        assertThat(ag.explanation()).startsWith("45 calendar days from determination that a breach occurred on 2026-03-02")
                .contains("The time limit comes first and sets the date; the other limit, no later than notice to affected"
                        + " Arkansas residents (us-ar-individuals), given 2026-04-30 09:00:00 CDT (marked done), is later");
    }

    @org.junit.jupiter.api.Test
    void vermontAttorneyGeneralConsumerNoticeBeforeThe14BusinessDaysComesFirst() {
        Obligation ag = breach().at("2026-05-20T10:00-04:00[America/New_York]").data("name", "ssn").encryption("none")
                .affected("US-VT", 10).done("us-vt-individuals", "US-VT", "2026-05-27T10:00-04:00[America/New_York]")
                .obligation("us-vt-attorney-general", "US-VT");
        assertThat(ag.due()).as(ag.explanation()).hasToString("2026-05-27T14:00:00Z");
    }
}
