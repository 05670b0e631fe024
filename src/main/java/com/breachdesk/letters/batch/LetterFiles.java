package com.breachdesk.letters.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/** File names and safe writing for a batch folder. */
final class LetterFiles {

    static final String LETTERS = "letters";
    static final String PRINT = "print";

    private LetterFiles() {
    }

    /**
     * {@code letters/ab/P123-1f2e3d4c.pdf}: the person id made safe for any file system, plus a hash of the real id
     * (two ids that clean up alike still get different files), in one of 256 folders so none grows huge.
     */
    static String letterFile(String personId) {
        String hash = sha256(personId.getBytes(StandardCharsets.UTF_8));
        String safe = personId.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.length() > 60) {
            safe = safe.substring(0, 60);
        }
        return LETTERS + "/" + hash.substring(0, 2) + "/" + safe + "-" + hash.substring(2, 10) + ".pdf";
    }

    static String printFile(int volume) {
        return PRINT + "/print-" + String.format("%04d", volume + 1) + ".pdf";
    }

    /**
     * Writes a letter in place. A letter cut short by a crash is never used: the manifest lists only letters of a
     * completed run, and a re-run reuses a file only when its SHA-256 matches the one recorded in the case.
     */
    static void write(Path file, byte[] bytes) throws IOException {
        write(file, bytes, null);
    }

    /**
     * As {@link #write(Path, byte[])}; {@code knownFolders} (may be null) holds the folders this run has already
     * made or seen, so that each of the 256 letter folders is looked up once per run instead of once per letter.
     */
    static void write(Path file, byte[] bytes, Set<Path> knownFolders) throws IOException {
        Path parent = file.getParent();
        if (knownFolders == null || !knownFolders.contains(parent)) {
            if (!Files.isDirectory(parent)) {
                Files.createDirectories(parent);
            }
            if (knownFolders != null) {
                knownFolders.add(parent);
            }
        }
        Files.write(file, bytes);
    }

    /** Writes to a temporary name and moves into place, so a file that exists is always complete. */
    static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.write(part, bytes);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        try (InputStream in = Files.newInputStream(file);
             OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), md)) {
            in.transferTo(sink);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
