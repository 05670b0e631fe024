package com.breachdesk.rosterimport;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of a CSV text with Jackson's CSV parser, one record at a time, and never lets a
 * bad record stop the rest: a record with the wrong number of fields or with undecodable bytes comes
 * back as {@link CsvRow.Malformed} with its raw text; when the parser cannot get past a record (an
 * unterminated quote runs to the end of the file or past the field-size limit) that record's first
 * line is rejected and parsing restarts on the next line. Every line of the file ends up either in a
 * parsed record or in a rejected one.
 */
final class CsvRecords implements AutoCloseable {

    /** A field longer than this is an unterminated quote, not data; it also bounds memory. */
    static final int MAX_FIELD_CHARS = 1_000_000;

    private final CsvFactory factory;
    private final ReplayableReader text;
    private final CsvSchema schema;
    private final String encodingName;
    private CsvParser parser;
    /** Absolute char offset of the current parser's offset 0. */
    private long parserBase;
    private long recordStart;
    private long recordLine = 1;
    private List<String> header;
    private String headerRaw;

    CsvRecords(Reader decoded, char delimiter, String encodingName) throws IOException {
        this.factory = CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_FIELD_CHARS).build())
                .build();
        this.factory.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        this.text = new ReplayableReader(decoded);
        this.schema = CsvSchema.emptySchema().withColumnSeparator(delimiter).withoutEscapeChar();
        this.encodingName = encodingName;
        startParser(0);
    }

    private void startParser(long at) throws IOException {
        text.rewind(at);
        parserBase = at;
        parser = factory.createParser(text);
        parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        parser.setSchema(schema);
        // The outer array that WRAP_AS_ARRAY puts around all records.
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_ARRAY && first != null) {
            throw new IllegalStateException("Unexpected CSV token " + first);
        }
    }

    /** The header row: the first record that is not blank. */
    List<String> header() throws IOException {
        if (header == null) {
            while (true) {
                CsvRow row = read();
                if (row == null) {
                    throw new IllegalArgumentException("The file is empty: it has no header row");
                }
                if (row instanceof CsvRow.Malformed bad) {
                    throw new IllegalArgumentException("The header row (line " + bad.line() + ") cannot be read: " + bad.reason());
                }
                List<String> fields = ((CsvRow.Parsed) row).fields();
                if (!isBlank(fields)) {
                    headerRaw = lastRaw;
                    header = fields.stream().map(String::strip).toList();
                    return header;
                }
            }
        }
        return header;
    }

    /** The header line as written. */
    String headerRaw() {
        return headerRaw;
    }

    /** The next data record, checked against the header; null at the end. Blank lines are skipped. */
    CsvRow next() throws IOException {
        header();
        while (true) {
            CsvRow row = read();
            if (row == null || row instanceof CsvRow.Malformed) {
                return row;
            }
            List<String> fields = ((CsvRow.Parsed) row).fields();
            if (isBlank(fields)) {
                continue;
            }
            if (fields.size() > header.size() && isBlank(fields.subList(header.size(), fields.size()))) {
                fields = fields.subList(0, header.size()); // trailing empty fields a spreadsheet added
            }
            if (fields.size() != header.size()) {
                return new CsvRow.Malformed(row.line(), lastRaw, "expected " + header.size() + " fields, found " + fields.size());
            }
            for (String f : fields) {
                if (f.indexOf('\uFFFD') >= 0) {
                    return new CsvRow.Malformed(row.line(), lastRaw, "contains bytes that are not valid " + encodingName);
                }
            }
            return new CsvRow.Parsed(row.line(), fields);
        }
    }

    private String lastRaw;

    /** The text of the record {@link #next} returned last, as written. */
    String lastRaw() {
        return lastRaw;
    }

    private CsvRow read() throws IOException {
        List<String> fields = new ArrayList<>();
        long line = recordLine;
        long start = recordStart;
        try {
            JsonToken t = parser.nextToken();
            if (t == null || t == JsonToken.END_ARRAY && parser.getParsingContext().inRoot()) {
                return null;
            }
            if (t != JsonToken.START_ARRAY) {
                throw new IllegalStateException("Unexpected CSV token " + t);
            }
            while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
                fields.add(parser.getText());
            }
            if (t != JsonToken.END_ARRAY) {
                throw new IllegalStateException("Unexpected CSV token " + t);
            }
        } catch (JsonProcessingException e) {
            return recover(line, start, reason(e));
        }
        long end = parserBase + parser.currentLocation().getCharOffset();
        long next = end;
        int atEnd = text.charAt(end);
        if (atEnd == '\n') {
            next = end + 1;
        } else if (atEnd == '\r') {
            next = text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
        String raw = text.text(start, end);
        if (raw.endsWith("\r")) {
            raw = raw.substring(0, raw.length() - 1);
        }
        lastRaw = raw;
        recordLine += newlines(raw) + (next > end ? 1 : 0);
        recordStart = next;
        text.release(next);
        return new CsvRow.Parsed(line, fields);
    }

    /** Rejects the first line of the record that could not be parsed, and goes on from the line after it. */
    private CsvRow recover(long line, long start, String reason) throws IOException {
        long lineEnd = text.lineEnd(start);
        String raw = text.text(start, lineEnd);
        if (raw.endsWith("\r")) {
            raw = raw.substring(0, raw.length() - 1);
        }
        long next = text.charAt(lineEnd) == '\n' ? lineEnd + 1 : lineEnd;
        recordLine = line + 1;
        recordStart = next;
        startParser(next);
        return new CsvRow.Malformed(line, raw, reason);
    }

    private static long newlines(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static String reason(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m.contains("Missing closing quote") || m.contains("exceeds the maximum")) {
            return "unterminated quoted field";
        }
        if (m.contains("Expected column separator")) {
            return "unbalanced quotes (a quote inside a field must be doubled: \"\")";
        }
        return m;
    }

    private static boolean isBlank(List<String> fields) {
        for (String f : fields) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        parser.close();
        text.close();
    }
}
