package com.breachdesk.seal;

import com.breachdesk.casefile.CaseFile;
import com.breachdesk.casefile.CaseFileInspector;
import com.breachdesk.casefile.CaseFileRefusedException;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * Seals a case file into one passphrase-protected file only Breachdesk opens, and unseals it again.
 * Both directions stream in fixed-size segments (memory stays small for a million-person case) and write
 * to a temporary file that is moved into place only when everything checked out: a wrong passphrase or
 * an altered file leaves nothing behind.
 */
public final class CaseSealer {

    public static final String EXTENSION = ".breachsealed";

    /** Argon2id cost: 64 MiB and 3 passes, about half a second here; stored in the header, so it can change. */
    public record Cost(int memoryKiB, int iterations, int parallelism) {
        public static final Cost DEFAULT = new Cost(64 * 1024, 3, 1);
    }

    static final int SEGMENT_SIZE = 1 << 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Cost cost;

    public CaseSealer(Cost cost) {
        this.cost = cost;
    }

    public void seal(CaseFile caseFile, Path out, char[] passphrase) throws IOException {
        if (passphrase.length < 8) {
            throw new IllegalArgumentException("Use a passphrase of at least 8 characters");
        }
        if (Files.exists(out)) {
            throw new IllegalArgumentException(out.getFileName() + " already exists; choose another name");
        }
        byte[] salt = new byte[SealFormat.SALT_BYTES];
        byte[] prefix = new byte[SealFormat.NONCE_PREFIX_BYTES];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(prefix);
        SealFormat format = new SealFormat(cost.memoryKiB(), cost.iterations(), cost.parallelism(), salt, prefix, SEGMENT_SIZE);
        SecretKeySpec key = PassphraseKey.derive(passphrase, format);
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".sealing-", ".tmp");
        try {
            try (DataOutputStream file = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)));
                 SegmentEncryptor encryptor = new SegmentEncryptor(file, format, key)) {
                format.write(file);
                caseFile.snapshotTo(encryptor);
            }
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Decrypts {@code sealed} into a new case file at {@code target}. Refuses to overwrite; writes nothing
     * when the passphrase is wrong, the file was altered, or its content is not a case file.
     */
    public static void unseal(Path sealed, Path target, char[] passphrase) throws IOException, SealException {
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target.getFileName() + " already exists; choose another name");
        }
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".unsealing-", ".tmp");
        try {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(sealed)));
                 OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                SealFormat format = SealFormat.read(in);
                decrypt(in, out, format, PassphraseKey.derive(passphrase, format));
            }
            try {
                CaseFileInspector.inspect(tmp);
            } catch (CaseFileRefusedException e) {
                throw new SealException("The sealed file opened, but what it holds is not a usable case: " + e.getMessage(), e);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void decrypt(InputStream in, OutputStream out, SealFormat format, SecretKeySpec key)
            throws IOException, SealException {
        byte[] header = format.header();
        int sealedSegment = format.segmentSize() + SealFormat.TAG_BITS / 8;
        byte[] current = in.readNBytes(sealedSegment);
        int index = 0;
        while (true) {
            byte[] next = current.length == sealedSegment ? in.readNBytes(sealedSegment) : new byte[0];
            boolean last = next.length == 0;
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(SealFormat.TAG_BITS, format.nonce(index)));
                cipher.updateAAD(format.aad(header, index, last));
                out.write(cipher.doFinal(current));
            } catch (AEADBadTagException e) {
                throw new SealException("Wrong passphrase, or the sealed file was altered or cut short. Nothing was written.", e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is required by every Java runtime", e);
            }
            if (last) {
                return;
            }
            current = next;
            index++;
        }
    }

    /** Buffers one segment and encrypts it when the next byte arrives or the stream closes (then it is the last). */
    private static final class SegmentEncryptor extends OutputStream {
        private final DataOutputStream out;
        private final SealFormat format;
        private final SecretKeySpec key;
        private final byte[] header;
        private final byte[] buffer;
        private int filled;
        private int index;
        private boolean closed;

        SegmentEncryptor(DataOutputStream out, SealFormat format, SecretKeySpec key) {
            this.out = out;
            this.format = format;
            this.key = key;
            this.header = format.header();
            this.buffer = new byte[format.segmentSize()];
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == buffer.length) {
                    emit(false);
                }
                int n = Math.min(len, buffer.length - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void emit(boolean last) throws IOException {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(SealFormat.TAG_BITS, format.nonce(index)));
                cipher.updateAAD(format.aad(header, index, last));
                out.write(cipher.doFinal(buffer, 0, filled));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is required by every Java runtime", e);
            }
            filled = 0;
            index++;
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                emit(true);
                out.flush();
            }
        }
    }
}
