package com.breachdesk.cli;

import com.breachdesk.preferences.PreferencesStore;
import com.breachdesk.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The CLI contract of issue 3: assess, rules, obligations, estimate, risk. */
class AssessCliTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-03T10:00:00Z");

    record Result(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BreachdeskCli.run(args, clock, new PreferencesStore(dir.resolve("prefs")), new PrintWriter(out), new PrintWriter(err));
        return new Result(exit, out.toString(), err.toString());
    }

    private Path scenario(String json) throws Exception {
        Path f = dir.resolve("scenario.json");
        Files.writeString(f, json);
        return f;
    }

    private static final String ISSUE_SCENARIO = """
            { "organization": {"established_in": ["UA"], "eu_main_establishment": null, "sectors": ["electronic_communications"]},
              "incident": {"occurred_at": "2026-02-27T10:00:00+02:00", "discovered_at": "2026-03-02T09:00:00-08:00",
                 "aware_at": "2026-03-02T14:00:00+02:00", "nature": ["confidentiality"], "malicious": true,
                 "exfiltration": "confirmed", "encryption": "none", "data_categories": ["name","ssn"],
                 "risk_factors": {"vulnerable_subjects": false, "data_recovered": false, "recipient_trusted": false,
                    "restored_within_hours": null, "misuse_observed": false, "published": false, "credentials": "none"},
                 "records": 1200},
              "affected": [ {"jurisdiction": "US-CA", "count": 812}, {"jurisdiction": "PL", "count": 120} ] }
            """;

    @Test
    void assessScenarioPrintsTheContract() throws Exception {
        Result r = run("assess", "--scenario", scenario(ISSUE_SCENARIO).toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode json = r.json();
        assertThat(json.at("/rule_pack/version").asText()).isEqualTo("2026.11.25");
        assertThat(json.at("/risk/level").asText()).isEqualTo("high");
        assertThat(json.at("/risk/notify_authority").asBoolean()).isTrue();
        assertThat(json.at("/risk/notify_individuals").asBoolean()).isTrue();
        assertThat(json.at("/risk/reasons").size()).isPositive();
        JsonNode ca = null;
        for (JsonNode o : json.get("obligations")) {
            for (String key : new String[] {"rule_id", "jurisdiction", "regime", "recipient", "status", "due", "deadline_text",
                    "clock_start", "explanation", "reasons", "citation", "confidence"}) {
                assertThat(o.has(key)).as(key).isTrue();
            }
            if (o.get("rule_id").asText().equals("us-ca-individuals")) {
                ca = o;
            }
        }
        assertThat(ca).isNotNull();
        assertThat(ca.get("status").asText()).isEqualTo("required");
        assertThat(ca.get("due").asText()).isEqualTo("2026-04-02T06:59:59Z");
        assertThat(ca.get("clock_start").asText()).isEqualTo("discovered_at");
        assertThat(ca.get("explanation").asText()).contains("2026-04-01 23:59:59 PDT");
    }

    /** Every key of an assessed obligation, as the CLI contract has them; a rule-format change must not alter them. */
    private static final java.util.Set<String> OBLIGATION_KEYS = java.util.Set.of("rule_id", "rule_version", "jurisdiction",
            "jurisdiction_name", "regime", "title", "recipient", "recipient_name", "phase", "status", "why", "due",
            "nominal_due", "due_local", "zone", "not_before", "deadline_text", "clock_start", "clock_started_at",
            "explanation", "reasons", "missing", "judgments", "ordering", "citation", "source_url", "confidence",
            "rule_status", "done");

    @Test
    void connecticutAttorneyGeneralIsDueNoLaterThanTheResidentsWithTheContractUnchanged() throws Exception {
        Result r = run("assess", "--scenario", scenario("""
                { "incident": {"discovered_at": "2026-03-02T10:00:00-05:00", "aware_at": "2026-03-02T10:00:00-05:00",
                     "encryption": "none", "data_categories": ["name","ssn"], "malicious": true},
                  "affected": [ {"jurisdiction": "US-CT", "count": 40} ],
                  "done": [ {"rule_id": "us-ct-individuals", "jurisdiction": "US-CT", "at": "2026-03-20T09:00:00-04:00"} ] }
                """).toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode ag = null;
        for (JsonNode o : r.json().get("obligations")) {
            java.util.Set<String> keys = new java.util.HashSet<>();
            o.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).as(o.get("rule_id").asText()).isEqualTo(OBLIGATION_KEYS);
            if (o.get("rule_id").asText().equals("us-ct-attorney-general")) {
                ag = o;
            }
        }
        assertThat(ag).isNotNull();
        assertThat(ag.get("status").asText()).isEqualTo("required");
        assertThat(ag.get("due").asText()).isEqualTo("2026-03-20T13:00:00Z");
        assertThat(ag.get("explanation").asText()).startsWith("No later than notice to affected Connecticut residents"
                + " (us-ct-individuals), given 2026-03-20 09:00:00 EDT");
        assertThat(ag.get("ordering").get(0).asText()).startsWith("Give this notice no later than: Notify affected Connecticut");
    }

    @Test
    void rulesShowGivesNoLaterThanAndNationalTimeLimits() throws Exception {
        Result ct = run("rules", "show", "us-ct-attorney-general");
        assertEquals(0, ct.exit(), ct.err());
        assertThat(ct.json().at("/versions/0/no_later_than").asText()).isEqualTo("us-ct-individuals");
        Result nis2 = run("rules", "show", "eu-nis2-early-warning");
        assertThat(nis2.json().at("/versions/0/national_time_limits/CY/time_limit").asText()).isEqualTo("6 hours");
        assertThat(nis2.json().at("/versions/0/national_time_limits/CY/confidence").asText()).isEqualTo("likely");
    }

    @Test
    void scenarioWithoutAwareOrDiscoveredIsExit2() throws Exception {
        Result r = run("assess", "--scenario", scenario("{\"incident\": {\"nature\": [\"confidentiality\"]}}").toString());
        assertEquals(2, r.exit());
        assertThat(r.err()).contains("incident.aware_at or incident.discovered_at is required");
    }

    @Test
    void scenarioWithABadJurisdictionIsExit2NamingTheEntry() throws Exception {
        Result r = run("assess", "--scenario", scenario("""
                {"incident": {"aware_at": "2026-03-02T14:00:00+02:00"}, "affected": [{"jurisdiction": "Narnia", "count": 3}]}
                """).toString());
        assertEquals(2, r.exit());
        assertThat(r.err()).contains("affected[0]").contains("'Narnia' is not a jurisdiction code");
    }

    @Test
    void scenarioWithAnUnknownKeyIsExit2() throws Exception {
        Result r = run("assess", "--scenario", scenario("{\"incident\": {\"aware_at\": \"2026-03-02T14:00:00+02:00\", \"severity\": 3}}").toString());
        assertEquals(2, r.exit());
        assertThat(r.err()).contains("severity");
    }

    @Test
    void rulesListAndShow() throws Exception {
        Result list = run("rules", "list", "--jurisdiction", "US-CA");
        assertEquals(0, list.exit(), list.err());
        assertThat(list.json().get("rules").size()).isEqualTo(5);
        Result show = run("rules", "show", "gb-pecr-5a-ico");
        assertEquals(0, show.exit(), show.err());
        JsonNode versions = show.json().get("versions");
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(1).get("time_limit").asText()).isEqualTo("72 hours");
        assertThat(versions.get(1).get("valid_from").asText()).isEqualTo("2025-08-20");
        assertThat(versions.get(1).get("citation").asText()).isNotBlank();
        assertEquals(2, run("rules", "show", "no-such-rule").exit());
    }

    @Test
    void aBrokenUserRuleFileRefusesThePackWithExit2() throws Exception {
        Files.createDirectories(dir.resolve("prefs/rules"));
        Files.writeString(dir.resolve("prefs/rules/mine.json"), "{\"family\": \"mine\", \"rules\": [{\"id\": \"x\"}]}");
        Result r = run("rules", "list");
        assertEquals(2, r.exit());
        assertThat(r.err()).contains("mine.json, rule x: version must be a whole number");
    }

    @Test
    void demoCaseAssessMarkDoneAndExportCalendar() throws Exception {
        String file = dir.resolve("demo.breachcase").toString();
        assertEquals(0, run("new", file, "--demo").exit());
        Result assessed = run("assess", file);
        assertEquals(0, assessed.exit(), assessed.err());
        assertThat(assessed.json().at("/next_deadline/rule_id").asText()).isEqualTo("eu-eprivacy-611-initial");

        Result ambiguous = run("obligations", "done", file, "eu-eprivacy-611-initial", "--at", "2026-03-03T09:00:00Z");
        assertEquals(2, ambiguous.exit());
        assertThat(ambiguous.err()).contains("add --jurisdiction");

        Result done = run("obligations", "done", file, "gb-pecr-5a-ico", "--at", "2026-03-03T09:00:00Z",
                "--channel", "portal", "--reference", "ICO-123");
        assertEquals(0, done.exit(), done.err());
        assertThat(done.json().at("/obligation/done/reference").asText()).isEqualTo("ICO-123");

        Path ics = dir.resolve("deadlines.ics");
        Result exported = run("obligations", "ics", file, "--out", ics.toString());
        assertEquals(0, exported.exit(), exported.err());
        String unfolded = Files.readString(ics).replace("\r\n ", "").replace("\n ", "");
        assertThat(unfolded).contains("BEGIN:VCALENDAR").contains("eu-eprivacy-611-initial-PL@breachdesk")
                .doesNotContain("gb-pecr-5a-ico-GB@breachdesk");
        assertThat(exported.json().get("events").asInt()).isPositive();
        assertEquals(0, run("audit", "verify", file).exit());
    }

    @Test
    void estimatesAndRiskFactorsAreSetFromTheCommandLine() throws Exception {
        String file = dir.resolve("c.breachcase").toString();
        assertEquals(0, run("new", file, "--title", "Laptop").exit());
        assertEquals(0, run("incident", "set", file, "aware_at", "2026-03-02T10:00+01:00[Europe/Warsaw]").exit());
        Result est = run("estimate", "set", file, "pl", "1,200");
        assertEquals(0, est.exit(), est.err());
        assertThat(est.json().at("/estimates/PL").asLong()).isEqualTo(1200);
        assertEquals(2, run("estimate", "set", file, "XX-1", "5").exit());
        Result risk = run("risk", "set", file, "ease_of_identification", "limited", "processor_role", "no");
        assertEquals(0, risk.exit(), risk.err());
        Result badOverride = run("risk", "set", file, "override_level", "high");
        assertEquals(2, badOverride.exit());
        assertThat(badOverride.err()).contains("justification");
        Result assessed = run("assess", file);
        assertThat(assessed.json().at("/missing/0").isMissingNode()).isTrue();
    }
}
