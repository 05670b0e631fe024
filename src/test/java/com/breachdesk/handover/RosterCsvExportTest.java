package com.breachdesk.handover;

import com.breachdesk.rosterimport.CsvFormat;
import com.breachdesk.rosterimport.ImportListener;
import com.breachdesk.rosterimport.MappingSuggester;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestCases;
import com.breachdesk.support.TestClock;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The roster as CSV for a mailing vendor: every person, their status, and no cell a spreadsheet would run. */
class RosterCsvExportTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");

    @ParameterizedTest
    @CsvSource(value = {"=1+1|'=1+1", "+48 600|'+48 600", "-2|'-2", "@SUM(A1)|'@SUM(A1)", "Ann|Ann", "|"}, delimiter = '|', quoteCharacter = '"')
    void cellsThatStartAFormulaAreEscaped(String cell, String expected) {
        assertThat(SpreadsheetSafeText.escape(cell == null ? "" : cell)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void tabAndCarriageReturnAtTheStartAreEscaped() {
        assertThat(SpreadsheetSafeText.escape("\t=cmd")).isEqualTo("'\t=cmd");
        assertThat(SpreadsheetSafeText.escape("\r=cmd")).isEqualTo("'\r=cmd");
    }

    @Test
    void exportHasEveryPersonWithStatusAndNoLiveFormula() throws Exception {
        try (CaseSession s = TestCases.create(dir, clock)) {
            Path csv = dir.resolve("crm.csv");
            Files.writeString(csv, "Email,Name,Country\nann@x.example,\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",PL\n"
                    + "bo@x.example,Богдан Шевченко,UA\n", StandardCharsets.UTF_8);
            s.rosterImporter().importFile(csv, new CsvFormat(StandardCharsets.UTF_8, 0, ','),
                    MappingSuggester.suggest(List.of("Email", "Name", "Country")), ImportListener.NONE);
            Path out = dir.resolve("people.csv");

            long people = new RosterCsvExporter().export(s.roster(), out);

            byte[] bytes = Files.readAllBytes(out);
            assertThat(bytes[0] & 0xFF).isEqualTo(0xEF); // byte-order mark: spreadsheets read UTF-8
            List<Map<String, String>> rows;
            try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(new String(bytes, 3, bytes.length - 3,
                            StandardCharsets.UTF_8))) {
                rows = it.readAll();
            }
            assertThat(people).isEqualTo(2);
            assertThat(rows).extracting(r -> r.get("full_name"))
                    .containsExactly("'=HYPERLINK(\"http://evil\",\"x\")", "Богдан Шевченко");
            assertThat(rows).extracting(r -> r.get("notification_status")).containsOnly("pending");
            assertThat(rows).extracting(r -> r.get("jurisdiction")).containsExactly("PL", "UA");
            for (Map<String, String> row : rows) {
                assertThat(row.values()).noneMatch(v -> !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0);
            }
        }
    }
}
