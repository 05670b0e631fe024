package com.breachdesk.letters.pdf;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/**
 * Flate compression for one thread, reusing its {@link Deflater} (creating one per stream costs more than
 * compressing a letter's page). Fixed level, so the same bytes compress to the same bytes.
 */
final class Deflation {

    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    private final byte[] buffer = new byte[16 * 1024];

    byte[] deflate(byte[] data) {
        return deflate(data, 0, data.length);
    }

    byte[] deflate(byte[] data, int offset, int length) {
        deflater.reset();
        deflater.setInput(data, offset, length);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, length / 3));
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    void close() {
        deflater.end();
    }
}
