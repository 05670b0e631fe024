package com.breachdesk.rosterimport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The rows an import could not take, next to the case file, so nothing vanishes. It is itself a roster
 * file: the original header plus {@code rejected_line} and {@code reject_reason}, then each bad record
 * exactly as it was written followed by its line number and reason. Fix a record in place (the two
 * extra columns are ignored by the mapping) and import the file again. UTF-8, the source's delimiter.
 * Written to a temporary file and moved into place only when the import commits.
 */
final class RejectsFile implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final char delimiter;
    private final String headerRaw;
    private BufferedWriter out;
    private long count;

    RejectsFile(Path target, char delimiter, String headerRaw) {
        this.target = target;
        this.temp = target.resolveSibling(target.getFileName() + ".partial");
        this.delimiter = delimiter;
        this.headerRaw = headerRaw;
    }

    void add(long line, String raw, String reason) throws IOException {
        if (out == null) {
            out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
            out.write(headerRaw + delimiter + "rejected_line" + delimiter + "reject_reason\n");
        }
        out.write(raw);
        out.write(delimiter);
        out.write(Long.toString(line));
        out.write(delimiter);
        out.write('"' + reason.replace("\"", "\"\"") + '"');
        out.write('\n');
        count++;
    }

    long count() {
        return count;
    }

    /** Moves the file into place; returns it, or null when no row was rejected. */
    Path commit() throws IOException {
        if (out == null) {
            return null;
        }
        out.close();
        out = null;
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
        Files.deleteIfExists(temp);
    }
}
