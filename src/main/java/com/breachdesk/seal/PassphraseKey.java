package com.breachdesk.seal;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import javax.crypto.spec.SecretKeySpec;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Derives the AES-256 key from a passphrase with Argon2id (memory-hard, so guessing is expensive). */
final class PassphraseKey {

    private PassphraseKey() {
    }

    static SecretKeySpec derive(char[] passphrase, SealFormat format) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(format.memoryKiB())
                .withIterations(format.iterations())
                .withParallelism(format.parallelism())
                .withSalt(format.salt())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] secret = utf8(passphrase);
        byte[] key = new byte[32];
        try {
            generator.generateBytes(secret, key);
            return new SecretKeySpec(key, "AES");
        } finally {
            Arrays.fill(secret, (byte) 0);
            Arrays.fill(key, (byte) 0);
        }
    }

    private static byte[] utf8(char[] chars) {
        var buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
