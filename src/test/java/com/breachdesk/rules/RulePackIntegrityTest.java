package com.breachdesk.rules;

import com.breachdesk.deadline.HolidayCalendars;
import com.breachdesk.vocabulary.Countries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Data-wide checks over every rule of the shipped pack (the loader already refuses malformed rules). */
class RulePackIntegrityTest {

    static RulePack pack;

    static final List<String> US_STATES_AND_TERRITORIES = List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
            "WV", "WI", "WY", "DC", "PR", "GU", "VI");

    @BeforeAll
    static void load() {
        pack = new RulePackLoader().loadShipped();
    }

    static Stream<String> usJurisdictions() {
        return US_STATES_AND_TERRITORIES.stream().map(s -> "US-" + s);
    }

    @Test
    void packHasAVersionAndCoversAllFiftyStatesDcAndTerritories() {
        assertThat(pack.version()).matches("\\d{4}\\.\\d{2}\\.\\d{2}");
        assertThat(US_STATES_AND_TERRITORIES).hasSize(54);
    }

    @ParameterizedTest(name = "{0} has individuals, attorney-general and consumer-reporting-agency rules")
    @MethodSource("usJurisdictions")
    void everyUsJurisdictionStatesAllThreeDuties(String jurisdiction) {
        Set<RecipientType> types = new TreeSet<>();
        pack.rules().stream().filter(r -> r.jurisdiction().equals(jurisdiction)).forEach(r -> types.add(r.recipient().type()));
        assertThat(types).contains(RecipientType.INDIVIDUALS, RecipientType.ATTORNEY_GENERAL,
                RecipientType.CONSUMER_REPORTING_AGENCIES);
    }

    @Test
    void everyRuleIsCitedSourcedReviewedAndRated() {
        for (Rule r : pack.rules()) {
            assertThat(r.citation()).as(r.key()).isNotBlank();
            assertThat(r.sourceUrl()).as(r.key()).startsWith("http");
            assertThat(r.lastReviewed()).as(r.key()).isBeforeOrEqualTo(LocalDate.of(2026, 11, 25));
            assertThat(r.confidence()).as(r.key()).isNotNull();
            assertThat(r.deadlineText()).as(r.key()).isNotBlank();
        }
    }

    @Test
    void everyGdprSupervisoryAuthorityRuleNamesTheAuthorityOfAllThirtyEeaStates() {
        Set<String> eea = new TreeSet<>(Countries.EU);
        eea.addAll(Countries.EEA_NON_EU);
        List<Rule> gdpr = pack.rules().stream().filter(r -> r.id().startsWith("eu-gdpr-art33-sa")).toList();
        assertThat(gdpr).hasSize(4);
        for (Rule r : gdpr) {
            assertThat(r.authorities().keySet()).as(r.key()).containsExactlyInAnyOrderElementsOf(eea);
        }
    }

    @Test
    void euRegulatorRulesWithoutEveryStatesAuthoritySayWhichAreMissing() {
        for (Rule r : pack.rules()) {
            if (!r.isEuropeanUnionWide() || r.recipient().type() != RecipientType.REGULATOR) {
                continue;
            }
            if (!r.authorities().keySet().containsAll(Countries.EU)) {
                assertThat(r.notes()).as(r.key() + " lacks some member states' authorities and must say so")
                        .containsAnyOf("Not confirmed for", "not researched", "'authorities' is empty",
                                "Competent national authority");
            }
        }
    }

    @Test
    void everyJurisdictionUsedHasATimeZoneAndEveryBusinessDayRuleAHolidayCalendar() {
        HolidayCalendars holidays = new HolidayCalendars();
        for (Rule r : pack.rules()) {
            if (r.isEuropeanUnionWide()) {
                continue;
            }
            Jurisdiction j = pack.jurisdiction(r.jurisdiction()).orElseThrow();
            boolean businessDays = (r.timeLimit() != null && r.timeLimit().unit() == LimitUnit.BUSINESS_DAYS)
                    || (r.notBefore() != null && r.notBefore().unit() == LimitUnit.BUSINESS_DAYS);
            if (businessDays) {
                assertThat(holidays.known(j)).as(r.key() + " counts business days in " + j.code()).isTrue();
                // Loads the calendar: a wrong calendar id or subdivision fails here, not in front of a user.
                holidays.holiday(j, LocalDate.of(2026, 12, 25));
            }
        }
    }

    @Test
    void everyJollydayCalendarInTheJurisdictionsFileLoads() {
        HolidayCalendars holidays = new HolidayCalendars();
        List<String> withoutHolidays = new ArrayList<>();
        for (Jurisdiction j : pack.jurisdictions().values()) {
            if (holidays.known(j) && Stream.iterate(LocalDate.of(2026, 1, 1), d -> d.getYear() == 2026, d -> d.plusDays(1))
                    .noneMatch(d -> holidays.holiday(j, d).isPresent())) {
                withoutHolidays.add(j.code());
            }
        }
        assertThat(withoutHolidays).as("jurisdictions whose calendar has no public holiday in 2026").isEmpty();
    }

    @Test
    void draftRulesAreTheUkrainianDraftLawAndTheFcc2024Amendments() {
        assertThat(pack.rules().stream().filter(Rule::isDraft).map(Rule::id).toList())
                .contains("ua-draft-8153-regulator", "us-fcc-cpni-2024-customers");
    }

    @Test
    void uncertainRulesSayWhatIsUncertainInTheirNotes() {
        for (Rule r : pack.rules()) {
            if (r.confidence() != Confidence.VERIFIED) {
                assertThat(r.notes()).as(r.key() + " is not verified and must say what is uncertain").isNotBlank()
                        .hasSizeGreaterThan(40);
            }
        }
    }

    @Test
    void notRequiredRulesExplainThemselves() {
        pack.rules().stream().filter(r -> r.duty() == Duty.NOT_REQUIRED)
                .forEach(r -> assertThat(r.notes()).as(r.key()).isNotBlank());
    }

    @ParameterizedTest(name = "{0} is due no later than {1}")
    @CsvSource(textBlock = """
            us-ct-attorney-general,                   us-ct-individuals
            us-de-attorney-general,                   us-de-individuals
            us-dc-attorney-general,                   us-dc-individuals
            us-il-attorney-general,                   us-il-individuals
            us-ne-attorney-general,                   us-ne-individuals
            us-mt-attorney-general,                   us-mt-individuals
            us-pa-attorney-general,                   us-pa-individuals
            us-ar-attorney-general,                   us-ar-individuals
            us-vt-attorney-general,                   us-vt-individuals
            us-vt-department-of-financial-regulation, us-vt-individuals
            us-hipaa-hhs-500-or-more,                 us-hipaa-individuals
            us-ftc-hbnr-ftc,                          us-ftc-hbnr-individuals
            """)
    void noticesTiedToAnotherNoticeNameItInNoLaterThan(String ruleId, String other) {
        Rule r = pack.latest(ruleId).orElseThrow();
        assertThat(r.noLaterThan()).as(r.key()).isEqualTo(other);
        assertThat(pack.latest(other).orElseThrow().jurisdiction()).as(r.key()).isEqualTo(r.jurisdiction());
    }

    @Test
    void noNoteSaysTheFormatCannotExpressTimingsItNowExpresses() {
        for (Rule r : pack.rules()) {
            assertThat(r.notes() == null ? "" : r.notes()).as(r.key())
                    .doesNotContain("cannot express 'no later than").doesNotContain("cannot express 'whichever")
                    .doesNotContain("Simultaneously' with the notice to residents; the format cannot express");
        }
        Rule earlyWarning = pack.latest("eu-nis2-early-warning").orElseThrow();
        assertThat(earlyWarning.timeLimitIn("CY")).hasToString("6 hours");
        assertThat(earlyWarning.notes()).doesNotContain("stricter than the 24 hours computed here");
    }
}
