package com.breachdesk.cli;

import com.breachdesk.preferences.PreferencesStore;
import com.breachdesk.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RosterCliTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");
    private String caseFile;

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

    @BeforeEach
    void newCase() {
        caseFile = dir.resolve("c.breachcase").toString();
        assertEquals(0, run("new", caseFile, "--title", "Billing export leaked").exit());
    }

    @Test
    void importPrintsTheSummaryAndScopePrintsCountsPerJurisdiction() throws Exception {
        Path roster = dir.resolve("crm.csv");
        Files.writeString(roster, "Customer ID;E-mail;State;Country;SSN\n1;a@x.com;CA;USA;123\n2;b@x.com;California;US;\n"
                + "3;c@x.com;;Kyiv;\n;A@X.com;CA;USA;\n5;bad;row\n");

        Result imported = run("import", caseFile, roster.toString());

        assertEquals(0, imported.exit(), imported.err());
        JsonNode summary = imported.json();
        assertThat(summary.get("read").asLong()).isEqualTo(5);
        assertThat(summary.get("imported").asLong()).isEqualTo(3);
        assertThat(summary.get("merged_duplicates").asLong()).isEqualTo(1);
        assertThat(summary.get("rejected").asLong()).isEqualTo(1);
        assertThat(summary.get("unresolved").asLong()).isEqualTo(1);
        assertThat(summary.get("delimiter").asText()).isEqualTo(";");

        JsonNode scope = run("scope", caseFile).json();
        assertThat(scope.get("people").asLong()).isEqualTo(3);
        assertThat(scope.get("unresolved").asLong()).isEqualTo(1);
        assertThat(scope.get("minors").asLong()).isZero();
        JsonNode first = scope.get("jurisdictions").get(0);
        assertThat(first.get("jurisdiction").asText()).isEqualTo("US-CA");
        assertThat(first.get("people").asLong()).isEqualTo(2);
        assertThat(first.at("/categories/email").asLong()).isEqualTo(2);
        assertThat(first.at("/categories/ssn").asLong()).isEqualTo(1);
        assertThat(scope.get("jurisdictions").get(1).get("jurisdiction").asText()).isEqualTo("unknown");
    }

    @Test
    void importRollbackTakesTheImportOut() throws Exception {
        Path roster = dir.resolve("a.csv");
        Files.writeString(roster, "Email,Country\na@x.com,PL\n");
        assertEquals(0, run("import", caseFile, roster.toString()).exit());

        Result rolledBack = run("import", "rollback", caseFile, "1");

        assertEquals(0, rolledBack.exit(), rolledBack.err());
        assertThat(rolledBack.json().get("status").asText()).isEqualTo("rolled_back");
        assertThat(run("scope", caseFile).json().get("people").asLong()).isZero();
        assertEquals(2, run("import", "rollback", caseFile, "1").exit());
    }

    @Test
    void chosenEncodingDelimiterAndSavedPresetAreUsed() throws Exception {
        Path roster = dir.resolve("legacy.csv");
        Files.write(roster, "Клієнт|Пошта|Країна\nОлена|o@x.ua|Україна\n".getBytes(Charset.forName("windows-1251")));

        Result r = run("import", caseFile, roster.toString(), "--encoding", "windows-1251", "--delimiter", "|",
                "--save-mapping", "legacy billing", "--categories", "call_metadata");

        assertEquals(0, r.exit(), r.err());
        assertThat(r.json().get("encoding").asText()).isEqualTo("windows-1251");
        assertThat(r.json().at("/mapping/fields/full_name").asText()).isEqualTo("Клієнт");
        assertThat(Files.exists(dir.resolve("prefs/mapping-presets/legacy billing.json"))).isTrue();
        Path second = dir.resolve("legacy2.csv");
        Files.write(second, "Клієнт|Пошта|Країна\nІван|i@x.ua|Україна\n".getBytes(Charset.forName("windows-1251")));
        Result again = run("import", caseFile, second.toString(), "--mapping", "legacy billing", "--encoding", "cp1251");
        assertEquals(0, again.exit(), again.err());
        assertThat(run("scope", caseFile).json().at("/jurisdictions/0/categories/call_metadata").asLong()).isEqualTo(2);
    }

    @Test
    void bulkFixResolvesRowsAndIsAudited() throws Exception {
        Path roster = dir.resolve("a.csv");
        Files.writeString(roster, "Email,Country\na@x.com,Kyiv\nb@x.com,Kyiv\n");
        run("import", caseFile, roster.toString());
        assertThat(run("scope", "unresolved", caseFile).json().get("Kyiv").asLong()).isEqualTo(2);

        Result fixed = run("scope", "fix", caseFile, "--where", "country=Kyiv", "--set", "UA");

        assertEquals(0, fixed.exit(), fixed.err());
        assertThat(fixed.json().get("changed").asInt()).isEqualTo(2);
        assertThat(run("audit", "verify", caseFile).exit()).isZero();
    }

    @Test
    void aMissingRosterFileIsBadInput() {
        Result r = run("import", caseFile, dir.resolve("nope.csv").toString());
        assertEquals(2, r.exit());
        assertThat(r.err()).contains("does not exist");
    }
}
