package com.breachdesk.letters.batch;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mailing vendor's list, one row per letter in print order: person id, name, address lines, the letter's
 * file (relative to the batch folder), its pages and SHA-256, the template id and version, and for a final batch
 * the approved draft's version and the SHA-256 of its approved text (empty in DRAFT batches). Written as it
 * goes, to a {@code .part} file that becomes the manifest only when the batch completes.
 */
final class Manifest implements AutoCloseable {

    static final int ADDRESS_COLUMNS = 6;
    static final String FILE_NAME = "manifest.csv";

    private final Path part;
    private final Path target;
    private final OutputStream out;
    private final SequenceWriter writer;

    Manifest(Path batchDir) throws IOException {
        this.target = batchDir.resolve(FILE_NAME);
        this.part = batchDir.resolve(FILE_NAME + ".part");
        CsvSchema.Builder schema = CsvSchema.builder().addColumn("person_id").addColumn("name");
        for (int i = 1; i <= ADDRESS_COLUMNS; i++) {
            schema.addColumn("address_line_" + i);
        }
        schema.addColumn("file").addColumn("pages").addColumn("sha256").addColumn("template_id")
                .addColumn("template_version").addColumn("draft_version").addColumn("draft_sha256");
        this.out = Files.newOutputStream(part);
        this.writer = new CsvMapper().writer(schema.build().withHeader()).writeValues(out);
    }

    void add(String personId, String name, List<String> address, String file, int pages, String sha256,
             String templateId, int templateVersion, Optional<ApprovalCheck.Approved> approved) throws IOException {
        if (address.size() > ADDRESS_COLUMNS) {
            throw new IllegalArgumentException("Person " + personId + " has more than " + ADDRESS_COLUMNS + " address lines");
        }
        List<String> row = new ArrayList<>(ADDRESS_COLUMNS + 9);
        row.add(personId);
        row.add(name);
        for (int i = 0; i < ADDRESS_COLUMNS; i++) {
            row.add(i < address.size() ? address.get(i) : "");
        }
        row.add(file);
        row.add(Integer.toString(pages));
        row.add(sha256);
        row.add(templateId);
        row.add(Integer.toString(templateVersion));
        row.add(approved.map(a -> Integer.toString(a.draftVersion())).orElse(""));
        row.add(approved.map(ApprovalCheck.Approved::sha256).orElse(""));
        writer.write(row);
    }

    /** Makes the manifest final. */
    Path complete() throws IOException {
        close();
        Files.move(part, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** Drops an unfinished manifest (cancelled or failed batch). */
    void discard() throws IOException {
        close();
        Files.deleteIfExists(part);
    }

    @Override
    public void close() throws IOException {
        writer.close();
        out.close();
    }
}
