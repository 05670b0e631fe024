package com.breachdesk.handover;

import com.breachdesk.roster.Person;
import com.breachdesk.roster.Roster;
import com.breachdesk.roster.RosterFilter;
import com.breachdesk.vocabulary.DataCategory;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The roster as a CSV file for people outside Breachdesk (a mailing vendor, a call centre): one row per person with
 * their jurisdiction and notification status. UTF-8 with a byte-order mark (so spreadsheets show Cyrillic names),
 * every cell made safe against CSV injection, written through a temporary file, streamed page by page.
 */
public final class RosterCsvExporter {

    static final List<String> COLUMNS = List.of("person_id", "external_id", "id_namespace", "full_name", "email", "phone",
            "street", "city", "region", "postal_code", "country", "date_of_birth", "language", "jurisdiction",
            "jurisdiction_method", "categories", "notification_status");
    private static final int PAGE = 10_000;

    /** Writes every person of {@code roster} to {@code out}; returns how many. */
    public long export(Roster roster, Path out) {
        Path target = out.toAbsolutePath();
        try {
            Path tmp = Files.createTempFile(target.getParent(), ".roster-", ".tmp");
            try {
                long people;
                try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
                    writer.write('\uFEFF');
                    people = write(roster, writer);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return people;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    long write(Roster roster, Writer writer) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        long count = 0;
        try (SequenceWriter rows = new CsvMapper().writerFor(String[].class).with(schema.build()).writeValues(writer)) {
            long after = 0;
            while (true) {
                List<Person> page = roster.page(RosterFilter.ALL, after, PAGE);
                for (Person p : page) {
                    rows.write(row(p));
                }
                count += page.size();
                if (page.size() < PAGE) {
                    break;
                }
                after = page.get(page.size() - 1).id();
            }
        }
        return count;
    }

    private static String[] row(Person p) {
        String[] cells = {Long.toString(p.id()), p.externalId(), p.idNamespace(), p.fullName(), p.email(), p.phone(),
                p.address().street(), p.address().city(), p.address().region(), p.address().postalCode(),
                p.address().country(), p.dateOfBirth() == null ? null : p.dateOfBirth().toString(), p.language(),
                p.resolution().jurisdiction() == null ? "unknown" : p.resolution().jurisdiction(),
                p.resolution().method().id(),
                p.categories().stream().sorted().map(DataCategory::id).collect(Collectors.joining(";")),
                p.notificationStatus().id()};
        return Arrays.stream(cells).map(c -> c == null ? "" : SpreadsheetSafeText.escape(c)).toArray(String[]::new);
    }
}
