package com.breachdesk.rosterimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Works out a roster file's encoding and delimiter from its first 64 KB, unless the user chose them.
 * Encodings: a byte-order mark (UTF-8, UTF-16 LE/BE) decides; otherwise valid UTF-8 is UTF-8, and
 * 8-bit text whose non-ASCII bytes come in runs (whole Cyrillic words) is Windows-1251. Anything else
 * is not guessed: the user is asked to choose.
 */
public final class FormatDetector {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final int SAMPLE = 64 * 1024;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private FormatDetector() {
    }

    public static CsvFormat detect(Path file, Optional<Charset> chosenEncoding, Optional<Character> chosenDelimiter)
            throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE);
        }
        boolean complete = head.length < SAMPLE;
        Charset encoding = chosenEncoding.orElseGet(() -> detectEncoding(head, complete, file));
        // A chosen encoding that is not the BOM's: those bytes are text, not a mark.
        int bom = bomLength(head) > 0 && bomCharset(head).equals(encoding) ? bomLength(head) : 0;
        char delimiter = chosenDelimiter.orElseGet(() -> detectDelimiter(firstLine(head, bom, encoding)));
        return new CsvFormat(encoding, bom, delimiter);
    }

    /** Detects the encoding of the first bytes of a file; refuses rather than guesses. */
    static Charset detectEncoding(byte[] head, boolean complete, Path file) {
        if (bomLength(head) > 0) {
            return bomCharset(head);
        }
        Optional<Charset> utf16 = utf16WithoutBom(head);
        if (utf16.isPresent()) {
            return utf16.get();
        }
        if (isUtf8(head, complete)) {
            return StandardCharsets.UTF_8;
        }
        if (looksCyrillic1251(head)) {
            return WINDOWS_1251;
        }
        throw new IllegalArgumentException(file.getFileName() + " is neither UTF-8 nor recognisable Windows-1251 text. "
                + "Choose its encoding (for example windows-1252 or ISO-8859-1).");
    }

    private static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (b.length >= 2 && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) || ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF))) {
            return 2;
        }
        return 0;
    }

    private static Charset bomCharset(byte[] b) {
        if ((b[0] & 0xFF) == 0xEF) {
            return StandardCharsets.UTF_8;
        }
        return (b[0] & 0xFF) == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }

    /** ASCII-heavy UTF-16 without a mark has a zero in every other byte. */
    private static Optional<Charset> utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static boolean isUtf8(byte[] b, boolean complete) {
        int end = b.length;
        if (!complete) {
            // The sample may stop inside a multi-byte character: leave out a trailing partial sequence.
            int i = end - 1;
            int back = 0;
            while (i >= 0 && back < 3 && (b[i] & 0xC0) == 0x80) {
                i--;
                back++;
            }
            if (i >= 0 && (b[i] & 0x80) != 0) {
                end = i;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(b, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Cyrillic text in Windows-1251 is whole words of bytes above 0x7F; Western 8-bit text has single
     * accented letters between ASCII ones. Most non-ASCII bytes having a non-ASCII neighbour means Cyrillic.
     */
    private static boolean looksCyrillic1251(byte[] b) {
        int high = 0;
        int inRuns = 0;
        for (int i = 0; i < b.length; i++) {
            if ((b[i] & 0x80) != 0) {
                high++;
                boolean prev = i > 0 && (b[i - 1] & 0x80) != 0;
                boolean next = i + 1 < b.length && (b[i + 1] & 0x80) != 0;
                if (prev || next) {
                    inRuns++;
                }
            }
        }
        return high > 0 && inRuns >= high * 0.7;
    }

    private static String firstLine(byte[] head, int bom, Charset encoding) {
        String s = new String(head, bom, head.length - bom, encoding);
        // The header line: up to the first line break outside quotes.
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    /** The candidate separator that occurs most often outside quotes in the header line; ',' for one column. */
    static char detectDelimiter(String headerLine) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    /** Parses an encoding name as given on the command line: UTF-8, UTF-16LE, windows-1251, cp1251... */
    public static Charset parseEncoding(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Unknown encoding '" + name + "'. Use UTF-8, UTF-16LE, UTF-16BE or windows-1251.");
        }
    }
}
