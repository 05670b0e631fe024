package com.breachdesk.rosterimport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Named column mappings kept in the user's configuration folder ({@code mapping-presets/NAME.json}), so
 * next week's export from the same CRM maps in one click. Also reads and writes a mapping as a plain
 * JSON file for the CLI's {@code --mapping}.
 */
public final class MappingPresets {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N} _.-]{1,80}");

    private final Path directory;

    /** {@code configDirectory}: the preferences folder; presets go in its {@code mapping-presets} subfolder. */
    public MappingPresets(Path configDirectory) {
        this.directory = configDirectory.resolve("mapping-presets");
    }

    public List<String> names() throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.json")) {
            for (Path f : files) {
                String n = f.getFileName().toString();
                out.add(n.substring(0, n.length() - ".json".length()));
            }
        }
        out.sort(String.CASE_INSENSITIVE_ORDER);
        return out;
    }

    public Optional<ColumnMapping> load(String name) throws IOException {
        Path file = fileFor(name);
        return Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** Saves under {@code name} (replacing a preset of that name) and returns the mapping as saved. */
    public ColumnMapping save(String name, ColumnMapping mapping) throws IOException {
        ColumnMapping named = mapping.withName(name.strip());
        Files.createDirectories(directory);
        Path target = fileFor(name);
        Path tmp = Files.createTempFile(directory, "preset", ".tmp");
        try {
            JSON.writeValue(tmp.toFile(), named);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return named;
    }

    private Path fileFor(String name) {
        if (name == null || !SAFE_NAME.matcher(name.strip()).matches() || name.strip().startsWith(".")) {
            throw new IllegalArgumentException("A preset name uses letters, digits, spaces, '-', '_' or '.' (up to 80), "
                    + "not '" + name + "'");
        }
        return directory.resolve(name.strip() + ".json");
    }

    /** Reads a mapping file; a file that is not a mapping is refused with the reason. */
    public static ColumnMapping read(Path file) throws IOException {
        try {
            return JSON.readValue(file.toFile(), ColumnMapping.class);
        } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
            throw new IllegalArgumentException(file.getFileName() + " is not a valid column mapping: "
                    + (e.getCause() == null ? e.getOriginalMessage() : e.getCause().getMessage()), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file.getFileName() + " is not a column mapping: " + e.getOriginalMessage(), e);
        }
    }

    public static String toJson(ColumnMapping mapping) {
        try {
            return JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(mapping);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
