package com.breachdesk.seal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The sealed-case container: a fixed binary header that carries everything needed to derive the key
 * (Argon2id parameters and salt), followed by the case file encrypted with AES-256-GCM in independent
 * segments. Each segment's authenticated data binds the header, the segment's index and whether it is the
 * last one, so segments cannot be reordered, dropped, or the file truncated without detection.
 */
record SealFormat(int memoryKiB, int iterations, int parallelism, byte[] salt, byte[] noncePrefix, int segmentSize) {

    static final byte[] MAGIC = "BDSEAL01".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int KDF_ARGON2ID = 1;
    static final int SALT_BYTES = 16;
    static final int NONCE_PREFIX_BYTES = 8;
    static final int TAG_BITS = 128;
    static final int HEADER_BYTES = MAGIC.length + 1 + 1 + 4 + 4 + 1 + SALT_BYTES + NONCE_PREFIX_BYTES + 4;

    // Limits on what a header may ask for, so a doctored file cannot make us allocate gigabytes.
    private static final int MAX_MEMORY_KIB = 1 << 20;
    private static final int MAX_ITERATIONS = 20;
    private static final int MAX_PARALLELISM = 8;
    private static final int MAX_SEGMENT = 16 << 20;

    byte[] header() {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES);
        b.put(MAGIC).put((byte) VERSION).put((byte) KDF_ARGON2ID).putInt(memoryKiB).putInt(iterations)
                .put((byte) parallelism).put(salt).put(noncePrefix).putInt(segmentSize);
        return b.array();
    }

    void write(DataOutputStream out) throws IOException {
        out.write(header());
    }

    static SealFormat read(DataInputStream in) throws IOException, SealException {
        byte[] magic = new byte[MAGIC.length];
        try {
            in.readFully(magic);
        } catch (java.io.EOFException e) {
            throw new SealException("This is not a sealed Breachdesk case (the file is too short).");
        }
        if (!Arrays.equals(magic, MAGIC)) {
            throw new SealException("This is not a sealed Breachdesk case.");
        }
        int version = in.readUnsignedByte();
        if (version != VERSION) {
            throw new SealException("This sealed case was made by a newer Breachdesk (format " + version + "). Update to open it.");
        }
        int kdf = in.readUnsignedByte();
        int memory = in.readInt();
        int iterations = in.readInt();
        int parallelism = in.readUnsignedByte();
        byte[] salt = new byte[SALT_BYTES];
        in.readFully(salt);
        byte[] prefix = new byte[NONCE_PREFIX_BYTES];
        in.readFully(prefix);
        int segment = in.readInt();
        if (kdf != KDF_ARGON2ID || memory < 8 || memory > MAX_MEMORY_KIB || iterations < 1 || iterations > MAX_ITERATIONS
                || parallelism < 1 || parallelism > MAX_PARALLELISM || segment < 1024 || segment > MAX_SEGMENT) {
            throw new SealException("The sealed case's header is damaged or was altered. Nothing was written.");
        }
        return new SealFormat(memory, iterations, parallelism, salt, prefix, segment);
    }

    /** GCM nonce for a segment: the random prefix followed by the segment index. */
    byte[] nonce(int index) {
        return ByteBuffer.allocate(NONCE_PREFIX_BYTES + 4).put(noncePrefix).putInt(index).array();
    }

    /** Authenticated data of a segment: header, index, last-segment flag. */
    byte[] aad(byte[] header, int index, boolean last) {
        return ByteBuffer.allocate(header.length + 5).put(header).putInt(index).put((byte) (last ? 1 : 0)).array();
    }
}
