package com.breachdesk.cli;

import com.breachdesk.demo.DemoCase;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CliTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");

    record Result(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BreachdeskCli.run(args, clock, new PreferencesStore(dir.resolve("prefs")),
                new PrintWriter(out), new PrintWriter(err));
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void newDemoThenInfoPrintsTheDemoCase() throws Exception {
        String file = dir.resolve("x.breachcase").toString();
        Result created = run("new", file, "--demo");
        assertEquals(0, created.exit(), created.err());
        Result info = run("info", file);
        assertEquals(0, info.exit(), info.err());
        JsonNode json = info.json();
        assertEquals("SMART-POINT", json.at("/organization/legal_name").asText());
        assertEquals("45826054", json.at("/organization/registration_number").asText());
        assertEquals(DemoCase.TITLE, json.at("/incident/title").asText());
        assertEquals("exfiltration_hacking", json.at("/incident/type").asText());
        assertEquals(10, json.get("timeline_entries").asInt());
        assertThat(json.at("/incident/aware_at").asText()).endsWith("[Europe/Kyiv]");
    }

    @Test
    void newWithoutTitleIsBadInput() {
        Result r = run("new", dir.resolve("x.breachcase").toString());
        assertEquals(2, r.exit());
        assertThat(r.err()).contains("--title is required");
        assertThat(Files.exists(dir.resolve("x.breachcase"))).isFalse();
    }

    @Test
    void timelineAddAndListRoundTrip() throws Exception {
        String file = dir.resolve("x.breachcase").toString();
        assertEquals(0, run("new", file, "--title", "Laptop stolen").exit());
        Result added = run("--as", "Dana", "timeline", "add", file, "--at", "2026-03-01T08:30-05:00[America/New_York]",
                "--kind", "detection", "--text", "Laptop reported stolen");
        assertEquals(0, added.exit(), added.err());
        assertEquals("Dana", added.json().get("actor").asText());
        Result list = run("timeline", "list", file);
        assertEquals(0, list.exit());
        assertEquals("Laptop reported stolen", list.json().get(0).get("text").asText());
        assertEquals("2026-03-01T08:30:00-05:00[America/New_York]", list.json().get(0).get("event_at").asText());
        assertEquals(0, run("timeline", "list", file, "--kind", "decision").json().size());
    }

    @Test
    void badValuesAreExit2WithAClearMessage() {
        String file = dir.resolve("x.breachcase").toString();
        assertEquals(0, run("new", file, "--title", "T").exit());
        Result badKind = run("timeline", "add", file, "--at", "2026-03-01T08:30Z", "--kind", "rumour", "--text", "x");
        assertEquals(2, badKind.exit());
        assertThat(badKind.err()).contains("Unknown TimelineKind 'rumour'");
        Result badTime = run("timeline", "add", file, "--at", "yesterday", "--kind", "note", "--text", "x");
        assertEquals(2, badTime.exit());
        assertThat(badTime.err()).contains("Not an ISO-8601");
        Result missingOption = run("timeline", "add", file, "--kind", "note", "--text", "x");
        assertEquals(2, missingOption.exit());
        Result unknownCommand = run("frobnicate");
        assertEquals(2, unknownCommand.exit());
        Result badField = run("incident", "set", file, "approximate_records", "lots");
        assertEquals(2, badField.exit());
        assertThat(badField.err()).contains("not a whole number");
    }

    @Test
    void openingSomethingThatIsNotACaseIsExit2() throws Exception {
        Path notCase = dir.resolve("roster.csv");
        Files.writeString(notCase, "a,b\n");
        Result r = run("info", notCase.toString());
        assertEquals(2, r.exit());
        assertThat(r.err()).contains("not a Breachdesk case file");
    }

    @Test
    void auditVerifyIsExit0WhenIntactAnd1WithTheFirstBrokenEntry() throws Exception {
        Path file = dir.resolve("x.breachcase");
        assertEquals(0, run("new", file.toString(), "--demo").exit());
        Result ok = run("audit", "verify", file.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertThat(ok.json().get("intact").asBoolean()).isTrue();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER audit_log_no_update");
            st.execute("UPDATE audit_log SET new_value = 'nothing to see' WHERE seq = 3");
        }
        Result broken = run("audit", "verify", file.toString());
        assertEquals(1, broken.exit());
        assertEquals(3, broken.json().get("first_broken_entry").asInt());
        assertThat(broken.err()).contains("entry 3");
    }

    @Test
    void incidentSetIsAudited() throws Exception {
        String file = dir.resolve("x.breachcase").toString();
        assertEquals(0, run("new", file, "--title", "T").exit());
        Result set = run("--as", "Eve", "incident", "set", file, "aware_at", "2026-03-01T12:00+01:00[Europe/Warsaw]");
        assertEquals(0, set.exit(), set.err());
        JsonNode audit = run("audit", "list", file).json();
        JsonNode last = audit.get(audit.size() - 1);
        assertEquals("Eve", last.get("actor").asText());
        assertEquals("aware_at", last.get("field").asText());
    }

    @Test
    void sealThenUnsealWithTheRightPassphraseAndExit2WithAWrongOne() throws Exception {
        Path file = dir.resolve("x.breachcase");
        assertEquals(0, run("new", file.toString(), "--demo").exit());
        Path pass = dir.resolve("pass.txt");
        Files.writeString(pass, "a long enough passphrase\n");
        Path wrong = dir.resolve("wrong.txt");
        Files.writeString(wrong, "another passphrase\n");
        Path sealed = dir.resolve("x.breachsealed");
        Result seal = run("seal", file.toString(), "--out", sealed.toString(), "--passphrase-file", pass.toString());
        assertEquals(0, seal.exit(), seal.err());

        Result bad = run("unseal", sealed.toString(), "--out", dir.resolve("y.breachcase").toString(),
                "--passphrase-file", wrong.toString());
        assertEquals(2, bad.exit());
        assertThat(bad.err()).contains("Wrong passphrase");
        assertThat(Files.exists(dir.resolve("y.breachcase"))).isFalse();

        Result good = run("unseal", sealed.toString(), "--out", dir.resolve("y.breachcase").toString(),
                "--passphrase-file", pass.toString());
        assertEquals(0, good.exit(), good.err());
        assertEquals(DemoCase.TITLE, run("info", dir.resolve("y.breachcase").toString()).json().at("/incident/title").asText());
    }
}
