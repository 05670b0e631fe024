package com.breachdesk.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The loader refuses a bad pack naming file and rule; the user folder adds and overrides rules. */
class RulePackLoaderTest {

    @TempDir
    Path userRules;

    private final RulePackLoader loader = new RulePackLoader();

    /** A complete, valid rule; {@code extra} replaces or adds top-level keys (a JSON fragment starting with a comma). */
    static String rule(String id, int version, String extra) {
        return """
                {"id": "%s", "version": %d, "jurisdiction": "US-CA", "regime": "Test", "title": "Notify",
                 "recipient": {"type": "individuals", "name": "Residents"}, "duty": "required", "phase": null,
                 "clock": {"start": "discovered_at"}, "time_limit": {"amount": 30, "unit": "calendar_days"},
                 "not_before": null, "deadline_text": "within 30 days", "conditions": {}, "ordering": [],
                 "content_requirements": [], "submission": null, "authority": null, "authorities": null,
                 "citation": "Test § 1", "source_url": "https://example.org/law", "valid_from": null, "valid_to": null,
                 "last_reviewed": "2026-11-25", "confidence": "verified", "status": "in_force", "notes": null %s}
                """.formatted(id, version, extra);
    }

    private void userFile(String name, String... rules) throws IOException {
        Files.writeString(userRules.resolve(name), "{\"family\": \"mine\", \"rules\": [" + String.join(",", rules) + "]}");
    }

    @Test
    void userRuleWithANewIdIsAdded() throws IOException {
        userFile("mine.json", rule("my-rule", 1, ""));
        RulePack pack = loader.load(userRules);
        assertThat(pack.versions("my-rule")).hasSize(1);
        assertThat(pack.version()).isEqualTo("2026.11.25+user");
        assertThat(pack.versions("my-rule").get(0).source()).endsWith("mine.json");
    }

    @Test
    void userRuleWithAHigherVersionReplacesTheOverlappingShippedVersions() throws IOException {
        userFile("ca.json", rule("us-ca-individuals", 3, "").replace("\"valid_from\": null", "\"valid_from\": \"2026-01-01\""));
        RulePack pack = loader.load(userRules);
        assertThat(pack.versions("us-ca-individuals")).extracting(Rule::version).containsExactly(1, 3);
        assertThat(pack.overridden()).containsExactly("us-ca-individuals v2");
        assertThat(pack.versionOn("us-ca-individuals", LocalDate.of(2026, 3, 1)).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void userRuleReplacingAShippedOneMustHaveAHigherVersion() throws IOException {
        userFile("ca.json", rule("us-ca-individuals", 2, ""));
        assertThatThrownBy(() -> loader.load(userRules)).isInstanceOf(RulePackException.class)
                .hasMessageContaining("ca.json, rule us-ca-individuals v2: replaces a shipped rule, so its version must be higher than v2");
    }

    @Test
    void missingCitationIsRefusedNamingFileAndRule() throws IOException {
        userFile("bad.json", rule("no-cite", 1, "").replace("\"citation\": \"Test § 1\"", "\"citation\": \"\""));
        assertThatThrownBy(() -> loader.load(userRules))
                .hasMessageContaining("bad.json, rule no-cite v1: citation is missing");
    }

    @Test
    void unknownUnitIsRefused() throws IOException {
        userFile("bad.json", rule("odd-unit", 1, "").replace("\"calendar_days\"", "\"fortnights\""));
        assertThatThrownBy(() -> loader.load(userRules)).hasMessageContaining("unknown time_limit unit 'fortnights'");
    }

    @Test
    void unknownDataCategoryIsRefused() throws IOException {
        userFile("bad.json", rule("odd-data", 1, "").replace("\"conditions\": {}",
                "\"conditions\": {\"personal_information\": [[\"name\", \"shoe_size\"]]}"));
        assertThatThrownBy(() -> loader.load(userRules)).hasMessageContaining("unknown data category 'shoe_size'");
    }

    @Test
    void misspeltConditionKeyIsRefusedRatherThanIgnored() throws IOException {
        userFile("bad.json", rule("typo", 1, "").replace("\"conditions\": {}", "\"conditions\": {\"min_afected\": {\"op\": \">\", \"count\": 5}}"));
        assertThatThrownBy(() -> loader.load(userRules)).hasMessageContaining("bad.json, rule typo v1").hasMessageContaining("min_afected");
    }

    @Test
    void upperBoundOperatorInMinAffectedIsRefused() throws IOException {
        userFile("bad.json", rule("wrong-op", 1, "").replace("\"conditions\": {}", "\"conditions\": {\"min_affected\": {\"op\": \"<\", \"count\": 5}}"));
        assertThatThrownBy(() -> loader.load(userRules)).hasMessageContaining("min_affected must use > or >=");
    }

    @Test
    void overlappingValidityOfTwoVersionsIsRefused() throws IOException {
        userFile("mine.json", rule("twice", 1, ""), rule("twice", 2, "").replace("\"valid_from\": null", "\"valid_from\": \"2026-01-01\""));
        assertThatThrownBy(() -> loader.load(userRules)).hasMessageContaining("rule twice v2: validity from 2026-01-01 overlaps twice v1");
    }

    @Test
    void duplicateIdAndVersionIsRefused() throws IOException {
        userFile("a.json", rule("dup", 1, "").replace("\"valid_to\": null", "\"valid_to\": \"2020-01-01\""));
        userFile("b.json", rule("dup", 1, "").replace("\"valid_from\": null", "\"valid_from\": \"2021-01-01\""));
        assertThatThrownBy(() -> loader.load(userRules)).hasMessageContaining("rule dup v1: the same id and version appear twice");
    }

    @Test
    void referenceToAMissingRuleIsRefused() throws IOException {
        userFile("bad.json", rule("follow", 1, "").replace("\"clock\": {\"start\": \"discovered_at\"}",
                "\"clock\": {\"start\": \"after_obligation\", \"obligation\": \"nowhere\"}"));
        assertThatThrownBy(() -> loader.load(userRules)).hasMessageContaining("refers to rule 'nowhere', which does not exist");
    }

    @Test
    void jurisdictionWithoutTimeZoneEntryIsRefused() throws IOException {
        userFile("bad.json", rule("atlantis", 1, "").replace("\"US-CA\"", "\"AQ\""));
        assertThatThrownBy(() -> loader.load(userRules)).hasMessageContaining("jurisdiction AQ has no entry");
    }

    @Test
    void endOfCalendarYearClockNeedsAnIncidentEvent() throws IOException {
        userFile("bad.json", rule("yearly", 1, "").replace("\"clock\": {\"start\": \"discovered_at\"}",
                "\"clock\": {\"start\": \"end_of_calendar_year\"}"));
        assertThatThrownBy(() -> loader.load(userRules)).hasMessageContaining("clock \"of\" is missing");
    }

    @Test
    void draftRulesAreLoadedAndMarkedAsDrafts() throws IOException {
        userFile("draft.json", rule("bill", 1, "").replace("\"in_force\"", "\"draft\""));
        assertThat(loader.load(userRules).latest("bill").orElseThrow().isDraft()).isTrue();
    }

    @Test
    void brokenJsonIsRefusedWithItsLine() throws IOException {
        Files.writeString(userRules.resolve("broken.json"), "{\"family\": \"x\",\n \"rules\": [ {\"id\": } ]}");
        assertThatThrownBy(() -> loader.load(userRules)).hasMessageContaining("broken.json").hasMessageContaining("line 2");
    }

    @Test
    void allProblemsAreReportedTogether() throws IOException {
        userFile("bad.json", rule("a-one", 1, "").replace("\"Test § 1\"", "\"\""),
                rule("a-two", 1, "").replace("\"verified\"", "\"certain\""));
        assertThatThrownBy(() -> loader.load(userRules)).isInstanceOfSatisfying(RulePackException.class,
                e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void noLaterThanIsReadAndNamesAnotherRule() throws IOException {
        userFile("mine.json", rule("residents", 1, ""), rule("regulator", 1, ", \"no_later_than\": \"residents\""));
        assertThat(loader.load(userRules).latest("regulator").orElseThrow().noLaterThan()).isEqualTo("residents");
    }

    @Test
    void noLaterThanAnUnknownRuleIsRefused() throws IOException {
        userFile("bad.json", rule("regulator", 1, ", \"no_later_than\": \"nowhere\""));
        assertThatThrownBy(() -> loader.load(userRules))
                .hasMessageContaining("bad.json, rule regulator v1: no_later_than refers to rule 'nowhere', which does not exist");
    }

    @Test
    void noLaterThanItselfIsRefused() throws IOException {
        userFile("bad.json", rule("regulator", 1, ", \"no_later_than\": \"regulator\""));
        assertThatThrownBy(() -> loader.load(userRules)).hasMessageContaining("rule regulator v1: no_later_than refers to itself");
    }

    @Test
    void noLaterThanInACircleIsRefused() throws IOException {
        userFile("bad.json", rule("first", 1, ", \"no_later_than\": \"second\""),
                rule("second", 1, ", \"no_later_than\": \"first\""));
        assertThatThrownBy(() -> loader.load(userRules)).isInstanceOfSatisfying(RulePackException.class,
                e -> assertThat(e.problems()).singleElement().asString().contains("bad.json, rule first v1: rules depend on"
                        + " each other in a circle: first (no_later_than) -> second (no_later_than) -> first"));
    }

    @Test
    void noLaterThanClosingACircleThroughAClockIsRefused() throws IOException {
        userFile("bad.json", rule("notice", 1, ", \"no_later_than\": \"copy\""),
                rule("copy", 1, "").replace("\"clock\": {\"start\": \"discovered_at\"}",
                        "\"clock\": {\"start\": \"after_obligation\", \"obligation\": \"notice\"}"));
        assertThatThrownBy(() -> loader.load(userRules))
                .hasMessageContaining("copy (clock after_obligation) -> notice (no_later_than) -> copy");
    }

    /** An EU-wide rule with a 24-hour limit; {@code national} is the national_time_limits object. */
    private static String euRule(String national) {
        return rule("eu-warning", 1, ", \"national_time_limits\": " + national).replace("\"US-CA\"", "\"EU\"")
                .replace("{\"amount\": 30, \"unit\": \"calendar_days\"}", "{\"amount\": 24, \"unit\": \"hours\"}");
    }

    private static final String SIX_HOURS = "{\"time_limit\": {\"amount\": 6, \"unit\": \"hours\"}, \"citation\": \"Law 1\","
            + " \"confidence\": \"likely\"}";

    @Test
    void nationalTimeLimitIsReadForAMemberState() throws IOException {
        userFile("eu.json", euRule("{\"CY\": " + SIX_HOURS + "}"));
        Rule r = loader.load(userRules).latest("eu-warning").orElseThrow();
        assertThat(r.timeLimitIn("CY")).hasToString("6 hours");
        assertThat(r.timeLimitIn("DE")).hasToString("24 hours");
        assertThat(r.nationalTimeLimits().get("CY").confidence()).isEqualTo(Confidence.LIKELY);
    }

    @Test
    void nationalTimeLimitOutsideTheUnionIsRefused() throws IOException {
        userFile("bad.json", euRule("{\"GB\": " + SIX_HOURS + "}"));
        assertThatThrownBy(() -> loader.load(userRules)).hasMessageContaining("national_time_limits lists GB, which is not a"
                + " member state the rule applies in (EU)");
    }

    @Test
    void nationalTimeLimitOnANonEuropeanRuleIsRefused() throws IOException {
        userFile("bad.json", rule("state", 1, ", \"national_time_limits\": {\"CY\": " + SIX_HOURS + "}"));
        assertThatThrownBy(() -> loader.load(userRules)).hasMessageContaining("national_time_limits is only for EU/EEA rules");
    }

    @Test
    void nationalTimeLimitMustBeStricterAndCited() throws IOException {
        userFile("bad.json", euRule("{\"CY\": {\"time_limit\": {\"amount\": 48, \"unit\": \"hours\"}, \"confidence\": \"likely\"}}"));
        assertThatThrownBy(() -> loader.load(userRules)).isInstanceOfSatisfying(RulePackException.class,
                e -> assertThat(e.problems()).anyMatch(p -> p.contains("national_time_limits.CY needs the citation"))
                        .anyMatch(p -> p.contains("national_time_limits.CY (48 hours) is not stricter than the rule's"
                                + " time_limit (24 hours)")));
    }
}
