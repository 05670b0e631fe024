package com.breachdesk.letters.pdf;

import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * Flate compression for one thread, reusing its {@link Deflater} (creating one per stream costs more than
 * compressing a letter's page). Fixed level, so the same bytes compress to the same bytes.
 */
final class Deflation {

    /**
     * The level for page content streams, which are compressed for every letter: zlib's default level (6) took
     * about 0.4 ms per page, a fifth of a letter's CPU; level 3 is about four times faster and the compressed page
     * grows by a few hundred bytes. Fonts, compressed once per subset and reused, keep the default level.
     */
    static final int PAGE_LEVEL = 3;

    private final Deflater deflater;
    private byte[] buffer = new byte[32 * 1024];

    Deflation() {
        this(Deflater.DEFAULT_COMPRESSION);
    }

    Deflation(int level) {
        deflater = new Deflater(level);
    }

    byte[] deflate(byte[] data) {
        return deflate(data, 0, data.length);
    }

    byte[] deflate(byte[] data, int offset, int length) {
        deflater.reset();
        deflater.setInput(data, offset, length);
        deflater.finish();
        int n = 0;
        while (true) {
            n += deflater.deflate(buffer, n, buffer.length - n);
            if (deflater.finished()) {
                return Arrays.copyOf(buffer, n);
            }
            if (n == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
        }
    }

    void close() {
        deflater.end();
    }
}
