package com.breachdesk.deadline;

import com.breachdesk.risk.RiskLevel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.breachdesk.deadline.CaseBuilder.breach;
import static org.assertj.core.api.Assertions.assertThat;

/** How the engine treats missing facts, versions, jurisdictions and ordering. */
class DeadlineCalculatorTest {

    @Test
    void missingAwarenessTimeIsListedAndNotDefaulted() {
        Obligation o = breach().discovered("2026-03-02T10:00+01:00[Europe/Warsaw]").data("name").affected("PL", 10)
                .risk(RiskLevel.RISK).obligation("eu-gdpr-art33-sa-each-state", "PL");
        assertThat(o.status()).isEqualTo(ObligationStatus.NEEDS_INFORMATION);
        assertThat(o.missing()).containsExactly("when the organization became aware of the breach (aware_at)");
        assertThat(o.due()).isNull();
    }

    @Test
    void onlyJurisdictionsWithAffectedPeopleGetObligations() {
        List<Obligation> all = breach().at("2026-03-02T10:00+01:00[Europe/Warsaw]").data("name").affected("US-TX", 3).obligations();
        assertThat(all).isNotEmpty().allMatch(o -> o.jurisdiction().equals("US-TX") || o.jurisdiction().equals("US"));
    }

    @Test
    void withoutAnyAffectedCountsNothingIsAssessed() {
        assertThat(breach().at("2026-03-02T10:00+01:00[Europe/Warsaw]").obligations()).isEmpty();
    }

    @Test
    void obligationsAreSortedBySoonestDueFirst() {
        List<Obligation> all = breach().at("2026-03-02T10:00+01:00[Europe/Warsaw]").data("name", "ssn").encryption("none")
                .intent("malicious").risk(RiskLevel.HIGH).affected("US-CA", 900).affected("PL", 10).obligations();
        List<java.time.Instant> dues = all.stream().map(Obligation::due).filter(java.util.Objects::nonNull).toList();
        assertThat(dues).isSorted();
        assertThat(all.get(0).due()).isNotNull();
    }

    @Test
    void versionIsChosenForTheDateTheClockStartsNotForToday() {
        Obligation o = breach().at("2021-06-01T10:00-04:00[America/New_York]").data("name", "ssn").encryption("none")
                .affected("US-CT", 10).now("2026-11-25T12:00:00Z").obligation("us-ct-individuals", "US-CT");
        assertThat(o.rule().version()).isEqualTo(1);
        assertThat(o.due()).hasToString("2021-08-31T03:59:59Z");
    }

    @Test
    void dutyThatDependsOnAnotherFollowsItsStatus() {
        Obligation ag = breach().at("2026-03-02T12:00-07:00[America/Denver]").data("email").encryption("none")
                .affected("US-CO", 900).obligation("us-co-attorney-general", "US-CO");
        assertThat(ag.why().orElseThrow().id()).isEqualTo("depends_on");
    }

    @Test
    void orderingConstraintsAreShownInWords() {
        Obligation nj = breach().at("2026-03-02T12:00-05:00[America/New_York]").data("name", "ssn").encryption("none")
                .affected("US-NJ", 10).obligation("us-nj-individuals", "US-NJ");
        assertThat(nj.ordering()).singleElement().asString().startsWith("Give this notice after:").contains("us-nj-attorney-general");
    }

    @Test
    void multiZoneStateSaysWhichZoneIsUsed() {
        Obligation o = breach().at("2026-03-02T12:00-06:00[America/Chicago]").data("name", "ssn").encryption("none")
                .affected("US-TX", 300).obligation("us-tx-attorney-general", "US-TX");
        assertThat(o.explanation()).contains("the zone of the capital (Austin) is used");
    }

    @Test
    void doneNoticesCarryTheirCompletion() {
        Obligation o = breach().at("2026-03-02T12:00-05:00[America/New_York]").data("name", "ssn").encryption("none")
                .affected("US-NY", 10).done("us-ny-individuals", "US-NY", "2026-03-10T12:00-05:00[America/New_York]")
                .obligation("us-ny-individuals", "US-NY");
        assertThat(o.done()).isTrue();
        assertThat(o.completion().reference()).isEqualTo("REF-1");
    }
}
