package com.breachdesk.deadline;

import com.breachdesk.risk.RiskLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.breachdesk.deadline.CaseBuilder.breach;
import static org.assertj.core.api.Assertions.assertThat;

/** GDPR, ePrivacy (Reg. 611/2013), NIS2, UK GDPR and PECR as the texts word them. */
class EuropeRulesTest {

    private static final String KYIV = "2026-03-02T14:00+02:00[Europe/Kyiv]";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            GDPR Art. 33: 72 hours after becoming aware, elapsed across the spring clock change | eu-gdpr-art33-sa-each-state | PL | 2026-03-27T12:00+01:00[Europe/Warsaw] | 2026-03-30T11:00:00Z
            UK PECR reg. 5A before 20 Aug 2025: 24 hours after detection                      | gb-pecr-5a-ico | GB | 2025-08-19T09:00+01:00[Europe/London] | 2025-08-20T08:00:00Z
            UK PECR reg. 5A from 20 Aug 2025 (DUAA 2025): 72 hours after becoming aware         | gb-pecr-5a-ico | GB | 2025-08-20T09:00+01:00[Europe/London] | 2025-08-23T08:00:00Z
            UK GDPR Art. 33: 72 hours after becoming aware                                      | gb-ukgdpr-art33-ico | GB | 2026-10-24T12:00+01:00[Europe/London] | 2026-10-27T11:00:00Z
            """)
    void hoursAreElapsedTime(String law, String ruleId, String jurisdiction, String aware, String due) {
        boolean pecr = ruleId.startsWith("gb-pecr");
        CaseBuilder b = breach().at(aware).data("name", "email").encryption("none").affected(jurisdiction, 100)
                .risk(RiskLevel.RISK);
        if (pecr) {
            b.sectors("electronic_communications");
        }
        Obligation o = b.obligation(ruleId, jurisdiction);
        assertThat(o.status()).as(law + " " + o.reasons()).isEqualTo(ObligationStatus.REQUIRED);
        assertThat(o.due()).as(law + ": " + o.explanation()).hasToString(due);
    }

    @Test
    void pecrVersionIsChosenByTheDayTheClockStarted() {
        assertThat(breach().at("2025-08-19T23:30+01:00[Europe/London]").sectors("electronic_communications").data("name")
                .affected("GB", 5).obligation("gb-pecr-5a-ico", "GB").rule().version()).isEqualTo(1);
        assertThat(breach().at("2025-08-20T00:30+01:00[Europe/London]").sectors("electronic_communications").data("name")
                .affected("GB", 5).obligation("gb-pecr-5a-ico", "GB").rule().version()).isEqualTo(2);
    }

    @Test
    void withoutAnEuMainEstablishmentEachAffectedStatesAuthorityIsNotified() {
        CaseBuilder b = breach().at(KYIV).data("name", "email").affected("PL", 120).affected("DE", 40).affected("UA", 900)
                .risk(RiskLevel.RISK);
        assertThat(b.obligation("eu-gdpr-art33-sa-each-state", "PL").recipientName()).contains("UODO");
        assertThat(b.obligation("eu-gdpr-art33-sa-each-state", "DE").recipientName()).contains("BfDI");
        assertThat(b.has("eu-gdpr-art33-sa-each-state", "FR")).isFalse();
        assertThat(b.has("eu-gdpr-art33-sa", "PL")).isFalse();
    }

    @Test
    void withAnEuMainEstablishmentOnlyTheLeadAuthorityIsNotified() {
        CaseBuilder b = breach().at(KYIV).data("name", "email").affected("PL", 120).affected("DE", 40).mainEstablishment("IE")
                .risk(RiskLevel.RISK);
        Obligation lead = b.obligation("eu-gdpr-art33-sa", "IE");
        assertThat(lead.recipientName()).contains("Data Protection Commission");
        assertThat(lead.due()).hasToString("2026-03-05T12:00:00Z");
        assertThat(b.has("eu-gdpr-art33-sa-each-state", "PL")).isFalse();
    }

    @Test
    void gdprArticle33IsNotRequiredWhenARiskIsUnlikely() {
        Obligation o = breach().at(KYIV).data("name").affected("PL", 10).risk(RiskLevel.UNLIKELY)
                .obligation("eu-gdpr-art33-sa-each-state", "PL");
        assertThat(o.why().orElseThrow().id()).isEqualTo("risk_below");
    }

    @Test
    void gdprArticle34NeedsAHighRisk() {
        CaseBuilder b = breach().at(KYIV).data("name").encryption("none").affected("PL", 10);
        assertThat(b.risk(RiskLevel.RISK).obligation("eu-gdpr-art34-individuals", "PL").status())
                .isEqualTo(ObligationStatus.NOT_REQUIRED);
        assertThat(b.risk(RiskLevel.HIGH).obligation("eu-gdpr-art34-individuals", "PL").status())
                .isEqualTo(ObligationStatus.REQUIRED);
    }

    @Test
    void unassessedRiskNeedsInformation() {
        Obligation o = breach().at(KYIV).affected("PL", 10).obligation("eu-gdpr-art33-sa-each-state", "PL");
        assertThat(o.status()).isEqualTo(ObligationStatus.NEEDS_INFORMATION);
        assertThat(o.missing()).anyMatch(m -> m.contains("risk assessment"));
    }

    @Test
    void article95ATelecomProvidersServiceBreachFollowsEprivacyNotGdpr() {
        CaseBuilder b = breach().at(KYIV).data("name", "call_metadata").encryption("none").sectors("electronic_communications")
                .affected("PL", 120).risk(RiskLevel.HIGH);
        Obligation gdpr = b.obligation("eu-gdpr-art33-sa-each-state", "PL");
        assertThat(gdpr.why().orElseThrow().id()).isEqualTo("service_related");
        Obligation eprivacy = b.obligation("eu-eprivacy-611-initial", "PL");
        assertThat(eprivacy.status()).isEqualTo(ObligationStatus.REQUIRED);
        assertThat(eprivacy.due()).hasToString("2026-03-03T12:00:00Z");
    }

    @Test
    void article95FlippedWhenTheResponderRecordsTheBreachIsNotServiceRelated() {
        CaseBuilder b = breach().at(KYIV).data("name").encryption("none").sectors("electronic_communications")
                .affected("PL", 120).risk(RiskLevel.HIGH).serviceRelated(false);
        assertThat(b.obligation("eu-gdpr-art33-sa-each-state", "PL").status()).isEqualTo(ObligationStatus.REQUIRED);
        assertThat(b.obligation("eu-eprivacy-611-initial", "PL").why().orElseThrow().id()).isEqualTo("service_related");
    }

    @Test
    void eprivacyNamesNoAuthorityWhereThePackHasNone() {
        Obligation o = breach().at(KYIV).data("name").sectors("electronic_communications").affected("PT", 120)
                .obligation("eu-eprivacy-611-initial", "PT");
        assertThat(o.recipientName()).contains("names no authority for Portugal");
    }

    @Test
    void eprivacyNamesTheNationalAuthorityWhereThePackHasOne() {
        CaseBuilder b = breach().at(KYIV).data("name").sectors("electronic_communications").affected("PL", 120);
        Obligation initial = b.obligation("eu-eprivacy-611-initial", "PL");
        assertThat(initial.recipientName()).contains("UODO").doesNotContain("names no authority");
        assertThat(initial.authority().url()).isEqualTo("https://uodo.gov.pl");
        assertThat(b.obligation("eu-eprivacy-611-second", "PL").recipientName()).contains("UODO");
    }

    @Test
    void nis2FinalReportIsDueOneMonthAfterTheNotificationWasDone() {
        CaseBuilder b = breach().at("2026-03-02T10:00+01:00[Europe/Warsaw]").data("name").sectors("essential_or_important_entity")
                .affected("PL", 500);
        assertThat(b.obligation("eu-nis2-early-warning", "PL").due()).hasToString("2026-03-03T09:00:00Z");
        assertThat(b.obligation("eu-nis2-notification", "PL").due()).hasToString("2026-03-05T09:00:00Z");
        Obligation pending = b.obligation("eu-nis2-final", "PL");
        assertThat(pending.status()).isEqualTo(ObligationStatus.NEEDS_INFORMATION);
        assertThat(pending.missing()).anyMatch(m -> m.startsWith("notification not yet sent"));
        Obligation due = b.done("eu-nis2-notification", "PL", "2026-03-04T10:00+01:00[Europe/Warsaw]")
                .obligation("eu-nis2-final", "PL");
        assertThat(due.due()).hasToString("2026-04-04T21:59:59Z");
        assertThat(due.explanation()).contains("1 month from completion of eu-nis2-notification on 2026-03-04");
    }

    @Test
    void nis2NamesTheNationalRecipientWhereThePackHasOne() {
        CaseBuilder b = breach().at("2026-03-02T10:00+01:00[Europe/Berlin]").data("name")
                .sectors("essential_or_important_entity").affected("DE", 500).affected("FR", 20);
        Obligation early = b.obligation("eu-nis2-early-warning", "DE");
        assertThat(early.recipientName()).contains("BSI").doesNotContain("names no authority");
        assertThat(early.authority().url()).isEqualTo("https://www.bsi.bund.de");
        assertThat(b.obligation("eu-nis2-final", "DE").recipientName()).contains("BSI");
        assertThat(b.obligation("eu-nis2-notification", "FR").recipientName()).contains("names no authority for France");
    }

    @Test
    void secondReviewNamesFinlandForEprivacyAndCroatiaForNis2ButNotIreland() {
        CaseBuilder eprivacy = breach().at(KYIV).data("name").sectors("electronic_communications").affected("FI", 120);
        Obligation fiInitial = eprivacy.obligation("eu-eprivacy-611-initial", "FI");
        assertThat(fiInitial.recipientName()).contains("Traficom").doesNotContain("names no authority");
        assertThat(fiInitial.authority().url()).isEqualTo("https://www.kyberturvallisuuskeskus.fi");
        assertThat(eprivacy.obligation("eu-eprivacy-611-second", "FI").recipientName()).contains("Traficom");

        CaseBuilder nis2 = breach().at("2026-03-02T10:00+01:00[Europe/Zagreb]").data("name")
                .sectors("essential_or_important_entity").affected("HR", 500).affected("IE", 20);
        for (String rule : new String[] {"eu-nis2-early-warning", "eu-nis2-notification", "eu-nis2-intermediate", "eu-nis2-final"}) {
            assertThat(nis2.obligation(rule, "HR").recipientName()).as(rule).contains("PiXi").doesNotContain("names no authority");
        }
        assertThat(nis2.obligation("eu-nis2-early-warning", "IE").recipientName()).contains("names no authority for Ireland");
    }

    @Test
    void nis2NotificationMustFollowTheEarlyWarning() {
        assertThat(breach().at(KYIV).sectors("essential_or_important_entity").affected("PL", 1)
                .obligation("eu-nis2-notification", "PL").ordering()).anyMatch(s -> s.contains("eu-nis2-early-warning"));
    }

    @Test
    void processorDutyNeedsTheProcessorRoleRecorded() {
        Obligation unknown = breach().at(KYIV).affected("PL", 1).processor(null).obligation("eu-gdpr-art33-processor", "PL");
        assertThat(unknown.status()).isEqualTo(ObligationStatus.NEEDS_INFORMATION);
        assertThat(breach().at(KYIV).affected("PL", 1).processor(false).obligation("eu-gdpr-art33-processor", "PL").status())
                .isEqualTo(ObligationStatus.NOT_REQUIRED);
    }

    @Test
    void ukraineHasNoBreachNoticeDutyTodayAndTheDraftLawIsOffByDefault() {
        CaseBuilder ua = breach().at(KYIV).data("name").affected("UA", 41_000).risk(RiskLevel.HIGH);
        assertThat(ua.obligation("ua-2297-regulator", "UA").why().orElseThrow().id()).isEqualTo("duty_does_not_exist");
        assertThat(ua.has("ua-draft-8153-regulator", "UA")).isFalse();
        Obligation draft = ua.withDrafts().obligation("ua-draft-8153-regulator", "UA");
        assertThat(draft.status()).isEqualTo(ObligationStatus.REQUIRED);
        assertThat(draft.rule().isDraft()).isTrue();
        assertThat(draft.due()).hasToString("2026-03-05T12:00:00Z");
    }

    // NIS2 Art. 23(4)(a): early warning within 24 hours; Cyprus (Law 89(I)/2020 as amended by Law 60(I)/2025) within 6.
    @Test
    void nis2EarlyWarningIsSixHoursInCyprusAndStaysTwentyFourInGermany() {
        CaseBuilder b = breach().at("2026-03-02T10:00+02:00[Asia/Nicosia]").data("name")
                .sectors("essential_or_important_entity").affected("CY", 500).affected("DE", 500);
        Obligation cyprus = b.obligation("eu-nis2-early-warning", "CY");
        assertThat(cyprus.due()).as(cyprus.explanation()).hasToString("2026-03-02T14:00:00Z");
        assertThat(cyprus.explanation()).startsWith("6 hours from became aware at 2026-03-02 10:00 EET (Asia/Nicosia)")
                .contains("Cyprus sets its own time limit: 6 hours instead of the 24 hours of NIS2")
                .contains("Law 89(I)/2020 as amended by Law 60(I)/2025").contains("confidence: likely")
                .contains("Rule eu-nis2-early-warning v1");
        Obligation germany = b.obligation("eu-nis2-early-warning", "DE");
        assertThat(germany.due()).as(germany.explanation()).hasToString("2026-03-03T08:00:00Z");
        assertThat(germany.explanation()).startsWith("24 hours from became aware").doesNotContain("own time limit");
        // The later NIS2 reports keep the directive's limits in Cyprus.
        assertThat(b.obligation("eu-nis2-notification", "CY").due()).hasToString("2026-03-05T08:00:00Z");
    }
}
