package com.breachdesk.letters.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The templates available to a user: the shipped set (from {@code templates/} in the application, listed in
 * {@code templates/INDEX}) overlaid by the user's own folder, where a file with the same template id
 * replaces the shipped one. A user template that does not load is left out and reported, never half-used.
 */
public final class TemplateCatalog {

    static final String SHIPPED_INDEX = "/templates/INDEX";

    private final Map<String, LetterTemplate> byId;
    private final List<String> problems;

    private TemplateCatalog(Map<String, LetterTemplate> byId, List<String> problems) {
        this.byId = byId;
        this.problems = List.copyOf(problems);
    }

    /** The shipped templates only. */
    public static TemplateCatalog shipped() {
        return load(null);
    }

    /** The shipped templates overlaid by {@code userFolder}'s {@code *.md} files (if the folder exists). */
    public static TemplateCatalog load(Path userFolder) {
        Map<String, LetterTemplate> byId = new LinkedHashMap<>();
        for (String file : shippedFiles()) {
            LetterTemplate t = LetterTemplate.parse(readResource("/templates/" + file), "templates/" + file,
                    LetterTemplate.Origin.SHIPPED);
            if (byId.put(t.id(), t) != null) {
                throw new IllegalStateException("Two shipped templates have the id " + t.id());
            }
        }
        List<String> problems = new ArrayList<>();
        if (userFolder != null && Files.isDirectory(userFolder)) {
            try (Stream<Path> files = Files.list(userFolder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                    try {
                        LetterTemplate t = LetterTemplate.parse(Files.readString(file, StandardCharsets.UTF_8),
                                file.getFileName().toString(), LetterTemplate.Origin.USER);
                        byId.put(t.id(), t);
                    } catch (TemplateException e) {
                        problems.add(file.getFileName() + ": " + e.getMessage());
                    } catch (IOException e) {
                        problems.add(file.getFileName() + ": cannot be read (" + e.getMessage() + ")");
                    }
                }
            } catch (IOException e) {
                problems.add(userFolder + ": cannot be listed (" + e.getMessage() + ")");
            }
        }
        return new TemplateCatalog(byId, problems);
    }

    static List<String> shippedFiles() {
        List<String> files = new ArrayList<>();
        for (String line : readResource(SHIPPED_INDEX).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                files.add(name);
            }
        }
        return files;
    }

    private static String readResource(String name) {
        try (InputStream in = TemplateCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<LetterTemplate> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public LetterTemplate require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No template '" + id + "'. Templates: "
                + String.join(", ", byId.keySet())));
    }

    /** All templates, by audience then id. */
    public List<LetterTemplate> all() {
        return byId.values().stream()
                .sorted(Comparator.comparing((LetterTemplate t) -> t.header().audience()).thenComparing(LetterTemplate::id))
                .toList();
    }

    public Collection<LetterTemplate> forAudience(Audience audience) {
        return all().stream().filter(t -> t.header().audience() == audience).toList();
    }

    /** User templates that were left out, with the reason. */
    public List<String> problems() {
        return problems;
    }
}
