package com.breachdesk.rosterimport;

import com.breachdesk.jurisdiction.JurisdictionResolver;
import com.breachdesk.jurisdiction.Resolution;
import com.breachdesk.vocabulary.DataCategory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The first rows of a roster file as they would import: for the mapping step (header to map, sample
 * values, the jurisdiction each row would resolve to) and for the CLI's automatic mapping. Reads only
 * the start of the file; writes nothing.
 */
public final class RosterPreview {

    /** One previewed row: its fields, and what the mapping makes of it (or why it would be rejected). */
    public record Row(long line, List<String> fields, String name, String email, Resolution resolution,
                      Set<DataCategory> categories, String rejectedBecause) {
    }

    private RosterPreview() {
    }

    /** The header row of the file. */
    public static List<String> header(Path file, CsvFormat format) throws IOException {
        try (CsvRecords records = open(file, format)) {
            return records.header();
        }
    }

    /** Up to {@code limit} data rows, read through {@code mapping} (rows keep only their fields if the mapping does not fit). */
    public static List<Row> rows(Path file, CsvFormat format, ColumnMapping mapping, JurisdictionResolver resolver,
                                 int limit) throws IOException {
        List<Row> out = new ArrayList<>();
        try (CsvRecords records = open(file, format)) {
            RowInterpreter interpreter;
            try {
                interpreter = new RowInterpreter(records.header(), mapping);
            } catch (IllegalArgumentException e) {
                interpreter = null;
            }
            CsvRow row;
            while (out.size() < limit && (row = records.next()) != null) {
                if (row instanceof CsvRow.Malformed bad) {
                    out.add(new Row(bad.line(), List.of(bad.raw()), null, null, Resolution.unresolved(), Set.of(), bad.reason()));
                    continue;
                }
                List<String> fields = ((CsvRow.Parsed) row).fields();
                if (interpreter == null) {
                    out.add(new Row(row.line(), fields, null, null, Resolution.unresolved(), Set.of(), null));
                    continue;
                }
                try {
                    Candidate c = interpreter.read(row.line(), fields);
                    var a = c.address();
                    Resolution r = resolver.resolve(new JurisdictionResolver.Clues(a.country(), a.region(), a.postalCode(), c.phone()));
                    out.add(new Row(row.line(), fields, c.fullName(), c.email(), r, c.categories(), null));
                } catch (RowInterpreter.RowRejected e) {
                    out.add(new Row(row.line(), fields, null, null, Resolution.unresolved(), Set.of(), e.getMessage()));
                }
            }
        }
        return out;
    }

    private static CsvRecords open(Path file, CsvFormat format) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.readNBytes(format.bomLength());
            return new CsvRecords(new InputStreamReader(in, format.encoding().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                    format.delimiter(), format.encoding().name());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }
}
