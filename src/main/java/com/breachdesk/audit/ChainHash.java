package com.breachdesk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over the previous hash and every part of an entry. Each part is length-prefixed so that
 * moving text from one field to the next cannot produce the same input.
 */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String of(String prevHash, long seq, Object... parts) {
        StringBuilder input = new StringBuilder(128).append(prevHash).append('|').append(seq);
        for (Object part : parts) {
            if (part == null) {
                input.append("|-");
            } else {
                String text = part.toString();
                input.append('|').append(text.length()).append(':').append(text);
            }
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(input.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
