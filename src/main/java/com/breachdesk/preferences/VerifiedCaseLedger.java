package com.breachdesk.preferences;

import com.breachdesk.casefile.FileFingerprint;
import com.breachdesk.casefile.VerifiedFiles;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link VerifiedFiles} kept as {@code verified-cases.json} in the preferences folder: case path → the
 * fingerprint it had when Breachdesk closed it. Advisory only: a lost or stale entry means one full
 * integrity check, never a skipped one for a changed file.
 */
public final class VerifiedCaseLedger implements VerifiedFiles {

    private static final Logger LOG = Logger.getLogger(VerifiedCaseLedger.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ENTRIES = 200;

    private final Path file;

    public VerifiedCaseLedger(Path preferencesDirectory) {
        this.file = preferencesDirectory.resolve("verified-cases.json");
    }

    @Override
    public synchronized boolean unchangedSinceClosed(Path caseFile, FileFingerprint now) {
        return now.equals(load().get(caseFile.toAbsolutePath().toString()));
    }

    @Override
    public synchronized void closed(Path caseFile, FileFingerprint state) {
        Map<String, FileFingerprint> entries = load();
        String key = caseFile.toAbsolutePath().toString();
        entries.remove(key);
        entries.put(key, state);
        while (entries.size() > MAX_ENTRIES) {
            entries.remove(entries.keySet().iterator().next());
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "verified-cases", ".tmp");
            JSON.writeValue(tmp.toFile(), entries);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not record a cleanly closed case", e);
        }
    }

    private Map<String, FileFingerprint> load() {
        if (!Files.exists(file)) {
            return new LinkedHashMap<>();
        }
        try {
            return JSON.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, FileFingerprint>>() { });
        } catch (IOException e) {
            return new LinkedHashMap<>();
        }
    }
}
