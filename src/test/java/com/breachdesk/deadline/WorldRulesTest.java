package com.breachdesk.deadline;

import com.breachdesk.risk.RiskLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.breachdesk.deadline.CaseBuilder.breach;
import static org.assertj.core.api.Assertions.assertThat;

/** Rest of the world: either/or triggers, business days with local holidays, laws not yet in force. */
class WorldRulesTest {

    @ParameterizedTest(name = "Singapore PDPC: {0} people, risk {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            499 | risk | not_required
            500 | risk | required
            499 | high | required
            """)
    void singaporeSignificantHarmOrFiveHundredOrMore(long people, String risk, String status) {
        Obligation o = breach().at("2026-03-02T10:00+08:00[Asia/Singapore]").data("name").affected("SG", people)
                .risk(RiskLevel.valueOf(risk.toUpperCase())).obligation("sg-pdpa-pdpc", "SG");
        assertThat(o.status().id()).as(o.reasons().toString()).isEqualTo(status);
    }

    @ParameterizedTest(name = "Japan PPC confirmed report: {0} principals, {1}, data {2} -> 30-day {3}, 60-day {4}")
    @CsvSource(delimiter = '|', textBlock = """
            1000 | accidental | name         | not_required | not_required
            1001 | accidental | name         | required     | not_required
            10   | accidental | payment_card | required     | not_required
            10   | malicious  | name         | not_required | required
            """)
    void japanMoreThanOneThousandOrSensitiveOrMalicious(long people, String intent, String data, String thirty, String sixty) {
        CaseBuilder b = breach().at("2026-03-02T10:00+09:00[Asia/Tokyo]").data(data).intent(intent).affected("JP", people);
        assertThat(b.obligation("jp-appi-ppc-confirmed", "JP").status().id()).isEqualTo(thirty);
        assertThat(b.obligation("jp-appi-ppc-confirmed-malicious", "JP").status().id()).isEqualTo(sixty);
    }

    @ParameterizedTest(name = "Korea PIPC: {0} people, {1}, data {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            999  | accidental | name        | not_required
            1000 | accidental | name        | required
            5    | accidental | national_id | required
            5    | malicious  | name        | required
            """)
    void koreaOneThousandOrMoreOrSensitiveOrHacking(long people, String intent, String data, String status) {
        Obligation o = breach().at("2026-03-02T10:00+09:00[Asia/Seoul]").data(data).intent(intent).affected("KR", people)
                .obligation("kr-pipa-pipc", "KR");
        assertThat(o.status().id()).as(o.reasons().toString()).isEqualTo(status);
    }

    @Test
    void koreaAlternativesNeedTheIntentWhenNoOtherTriggerIsMet() {
        Obligation o = breach().at("2026-03-02T10:00+09:00[Asia/Seoul]").data("name").affected("KR", 10)
                .obligation("kr-pipa-pipc", "KR");
        assertThat(o.status()).isEqualTo(ObligationStatus.NEEDS_INFORMATION);
        assertThat(o.missing()).anyMatch(m -> m.contains("malicious"));
    }

    @Test
    void brazilThreeBusinessDaysSkipTiradentes() {
        Obligation o = breach().at("2026-04-17T10:00-03:00[America/Sao_Paulo]").data("name").affected("BR", 10)
                .obligation("br-lgpd-anpd", "BR");
        assertThat(o.rule().version()).isEqualTo(2);
        assertThat(o.due()).hasToString("2026-04-24T02:59:59Z");
        assertThat(o.nominalDue()).hasToString("2026-04-23T02:59:59Z");
    }

    @Test
    void businessDaysStartingOnAFridayRollOverTheWeekend() {
        Obligation o = breach().at("2026-06-05T10:00-03:00[America/Sao_Paulo]").data("name").affected("BR", 10)
                .obligation("br-lgpd-anpd", "BR");
        assertThat(o.due()).hasToString("2026-06-11T02:59:59Z");
    }

    @Test
    void indiaDpdpRuleSevenIsNotInForceBeforeMay2027() {
        Obligation o = breach().at("2026-03-02T10:00+05:30[Asia/Kolkata]").data("name").affected("IN", 10)
                .obligation("in-dpdp-board", "IN");
        assertThat(o.why().orElseThrow().id()).isEqualTo("duty_does_not_exist");
        assertThat(o.reasons().get(0)).contains("from 2027-05-13");
    }

    @Test
    void harmExceptionIsShownAsAJudgmentToRecord() {
        Obligation o = breach().at("2026-03-02T10:00+10:00[Australia/Sydney]").data("name").affected("AU", 10)
                .obligation("au-ndb-oaic", "AU");
        assertThat(o.judgments()).singleElement().asString().startsWith("Judgment to record:");
    }
}
