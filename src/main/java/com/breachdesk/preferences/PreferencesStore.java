package com.breachdesk.preferences;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads and saves {@link Preferences} as JSON in the user's configuration folder. A damaged file is
 * set aside (renamed) rather than lost, and the app starts with defaults.
 */
public final class PreferencesStore {

    private static final Logger LOG = Logger.getLogger(PreferencesStore.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path directory;

    public PreferencesStore(Path directory) {
        this.directory = directory;
    }

    public static PreferencesStore platformDefault() {
        return new PreferencesStore(PlatformDirectories.configDirectory());
    }

    /**
     * Loads and links the JSON mapping of {@link Preferences} (several hundred Jackson classes) without touching any
     * file, so that the first real {@link #load()} is quick. The app calls it on a spare core while JavaFX starts.
     */
    public static void warmUp() {
        try {
            JSON.readValue("{}", Preferences.class);
        } catch (IOException e) {
            throw new IllegalStateException("an empty JSON object must map to Preferences", e);
        }
    }

    public Path directory() {
        return directory;
    }

    public Path file() {
        return directory.resolve("preferences.json");
    }

    public Preferences load() {
        Path file = file();
        if (!Files.exists(file)) {
            return new Preferences();
        }
        try {
            return JSON.readValue(file.toFile(), Preferences.class);
        } catch (IOException e) {
            Path aside = file.resolveSibling("preferences.damaged.json");
            LOG.log(Level.WARNING, "Preferences could not be read; starting with defaults and keeping the old file as "
                    + aside.getFileName(), e);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.log(Level.WARNING, "Could not set the damaged preferences aside", moveFailed);
            }
            return new Preferences();
        }
    }

    /** Writes to a temporary file and moves it into place, so a crash never leaves half a file. */
    public void save(Preferences preferences) throws IOException {
        Files.createDirectories(directory);
        Path tmp = Files.createTempFile(directory, "preferences", ".tmp");
        try {
            JSON.writeValue(tmp.toFile(), preferences);
            try {
                Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
