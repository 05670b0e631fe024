package com.breachdesk.casefile;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * Cheap identity of a file's exact state: size, modification time and a hash of its first and last
 * 4 KiB (SQLite's header and the most recently appended page). Any write through SQLite or another tool
 * changes at least one of them.
 */
public record FileFingerprint(long size, long modifiedNanos, String edgeHash) {

    private static final int EDGE = 4096;

    public static FileFingerprint of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        long size = attributes.size();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            byte[] buffer = new byte[(int) Math.min(EDGE, size)];
            raf.readFully(buffer);
            sha.update(buffer);
            if (size > EDGE) {
                byte[] tail = new byte[(int) Math.min(EDGE, size - EDGE)];
                raf.seek(size - tail.length);
                raf.readFully(tail);
                sha.update(tail);
            }
        }
        return new FileFingerprint(size, attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                HexFormat.of().formatHex(sha.digest()));
    }
}
