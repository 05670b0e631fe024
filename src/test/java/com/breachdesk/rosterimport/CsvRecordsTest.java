package com.breachdesk.rosterimport;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRecordsTest {

    private static List<CsvRow> rows(String csv, char delimiter) throws IOException {
        List<CsvRow> out = new ArrayList<>();
        try (CsvRecords records = new CsvRecords(new StringReader(csv), delimiter, "UTF-8")) {
            records.header();
            CsvRow row;
            while ((row = records.next()) != null) {
                out.add(row);
            }
        }
        return out;
    }

    @Test
    void quotedFieldsKeepEmbeddedNewlinesAndTheNextRecordKeepsItsLineNumber() throws IOException {
        List<CsvRow> rows = rows("id,street,email\n1,\"12 Main St\nFlat 3\",a@x.com\n2,Oak Rd,b@x.com\n", ',');
        assertThat(rows).containsExactly(
                new CsvRow.Parsed(2, List.of("1", "12 Main St\nFlat 3", "a@x.com")),
                new CsvRow.Parsed(4, List.of("2", "Oak Rd", "b@x.com")));
    }

    @Test
    void aRowWithTheWrongFieldCountIsRejectedWithItsTextAndTheRestIsRead() throws IOException {
        List<CsvRow> rows = rows("id;name\r\n1;Ann\r\n2;Bob;extra\r\n3;Cy\r\n", ';');
        assertThat(rows).containsExactly(
                new CsvRow.Parsed(2, List.of("1", "Ann")),
                new CsvRow.Malformed(3, "2;Bob;extra", "expected 2 fields, found 3"),
                new CsvRow.Parsed(4, List.of("3", "Cy")));
    }

    @Test
    void anUnterminatedQuoteRejectsOnlyItsLine() throws IOException {
        List<CsvRow> rows = rows("id,name\n1,Ann\n2,\"Bob\n3,Cy\n4,Di\n", ',');
        assertThat(rows).containsExactly(
                new CsvRow.Parsed(2, List.of("1", "Ann")),
                new CsvRow.Malformed(3, "2,\"Bob", "unterminated quoted field"),
                new CsvRow.Parsed(4, List.of("3", "Cy")),
                new CsvRow.Parsed(5, List.of("4", "Di")));
    }

    @Test
    void textAfterAClosingQuoteRejectsTheLine() throws IOException {
        List<CsvRow> rows = rows("id,name\n1,\"An\"n\n2,Bob\n", ',');
        assertThat(rows.get(0)).isInstanceOf(CsvRow.Malformed.class);
        assertThat(((CsvRow.Malformed) rows.get(0)).raw()).isEqualTo("1,\"An\"n");
        assertThat(rows.get(1)).isEqualTo(new CsvRow.Parsed(3, List.of("2", "Bob")));
    }

    @Test
    void strayQuotesRejectOnlyTheirOwnLinesAndEveryOtherRecordIsRead() throws IOException {
        String csv = "id,name,email\n1,Ann,a@x\n2,\"Bob,b@x\n3,Cy,c@x\n4,\"Di \"\"the\"\" one\",d@x\n5,Ed,\"e@x\n"
                + "6,Fay,f@x\n7,\"Gus\nGus\",g@x\n8,Hal,h@x\n";
        List<CsvRow> rows = rows(csv, ',');
        assertThat(rows).filteredOn(r -> r instanceof CsvRow.Malformed).extracting(CsvRow::line).containsExactly(3L, 6L);
        assertThat(rows).filteredOn(r -> r instanceof CsvRow.Parsed).extracting(r -> ((CsvRow.Parsed) r).fields().get(0))
                .containsExactly("1", "3", "4", "6", "7", "8");
        assertThat(rows).filteredOn(r -> r instanceof CsvRow.Parsed).extracting(CsvRow::line)
                .containsExactly(2L, 4L, 5L, 7L, 8L, 10L);
    }

    @Test
    void blankLinesAreSkippedAndTrailingEmptyFieldsTolerated() throws IOException {
        List<CsvRow> rows = rows("a|b\n\n1|2|\n   \n3|4", '|');
        assertThat(rows).containsExactly(new CsvRow.Parsed(3, List.of("1", "2")), new CsvRow.Parsed(5, List.of("3", "4")));
    }

    @Test
    void aFieldWithAReplacementCharacterIsRejectedAsBadEncoding() throws IOException {
        List<CsvRow> rows = rows("a\tb\n1\tM\uFFFDller\n", '\t');
        assertThat(rows.get(0)).isInstanceOf(CsvRow.Malformed.class);
        assertThat(((CsvRow.Malformed) rows.get(0)).reason()).contains("not valid UTF-8");
    }

    @Test
    void manyRecordsAcrossBufferBoundariesKeepExactLineNumbers() throws IOException {
        StringBuilder csv = new StringBuilder("id,text\n");
        for (int i = 0; i < 50_000; i++) {
            csv.append(i).append(i % 7 == 0 ? ",\"two\nlines\"\n" : ",plain\n");
        }
        List<CsvRow> rows = rows(csv.toString(), ',');
        assertThat(rows).hasSize(50_000);
        long expectedLine = 2;
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).line()).as("record %d", i).isEqualTo(expectedLine);
            expectedLine += i % 7 == 0 ? 2 : 1;
        }
    }
}
