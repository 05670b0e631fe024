package com.breachdesk.rosterimport;

import java.io.IOException;
import java.io.Reader;

/**
 * Keeps the text read through it since the last released offset, so the raw text of a bad record can
 * go to the rejects file as it was written, and parsing can restart at the line after a record the
 * parser could not get past (an unterminated quote).
 */
final class ReplayableReader extends Reader {

    private static final int COMPACT_AT = 1 << 16;

    private final Reader source;
    private final StringBuilder kept = new StringBuilder(1 << 17);
    /** Absolute offset of {@code kept.charAt(0)}. */
    private long keptStart;
    /** Absolute offset of the next char to hand out. */
    private long position;
    private boolean sourceDone;

    ReplayableReader(Reader source) {
        this.source = source;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        long keptEnd = keptStart + kept.length();
        if (position >= keptEnd) {
            if (sourceDone) {
                return -1;
            }
            int n = source.read(cbuf, off, len);
            if (n < 0) {
                sourceDone = true;
                return -1;
            }
            kept.append(cbuf, off, n);
            position += n;
            return n;
        }
        int n = (int) Math.min(len, keptEnd - position);
        int from = (int) (position - keptStart);
        kept.getChars(from, from + n, cbuf, off);
        position += n;
        return n;
    }

    /** The kept text between two absolute offsets (reading ahead from the source if needed). */
    String text(long from, long to) throws IOException {
        fillTo(to);
        long end = Math.min(to, keptStart + kept.length());
        return kept.substring((int) (from - keptStart), (int) (end - keptStart));
    }

    /** The absolute offset of the first {@code '\n'} at or after {@code from}, or the end of the text. */
    long lineEnd(long from) throws IOException {
        long at = from;
        while (true) {
            long keptEnd = keptStart + kept.length();
            while (at < keptEnd) {
                if (kept.charAt((int) (at - keptStart)) == '\n') {
                    return at;
                }
                at++;
            }
            if (!readMore()) {
                return at;
            }
        }
    }

    /** The char at an absolute offset, or -1 past the end of the text. */
    int charAt(long offset) throws IOException {
        fillTo(offset + 1);
        long i = offset - keptStart;
        return i < kept.length() ? kept.charAt((int) i) : -1;
    }

    /** Hands out text again from {@code offset} (which must still be kept). */
    void rewind(long offset) {
        if (offset < keptStart) {
            throw new IllegalStateException("Text before offset " + keptStart + " is no longer kept");
        }
        position = offset;
    }

    /** Text before {@code offset} is no longer needed. */
    void release(long offset) {
        long drop = Math.min(offset, position) - keptStart;
        if (drop >= COMPACT_AT) {
            kept.delete(0, (int) drop);
            keptStart += drop;
        }
    }

    private void fillTo(long offset) throws IOException {
        while (keptStart + kept.length() < offset && readMore()) {
            // keep reading
        }
    }

    private boolean readMore() throws IOException {
        if (sourceDone) {
            return false;
        }
        char[] buf = new char[8192];
        int n = source.read(buf);
        if (n < 0) {
            sourceDone = true;
            return false;
        }
        kept.append(buf, 0, n);
        return true;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
