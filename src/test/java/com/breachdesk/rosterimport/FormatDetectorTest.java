package com.breachdesk.rosterimport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormatDetectorTest {

    @TempDir
    Path dir;

    private CsvFormat detect(byte[] bytes) throws Exception {
        Path f = dir.resolve("f.csv");
        Files.write(f, bytes);
        return FormatDetector.detect(f, Optional.empty(), Optional.empty());
    }

    @Test
    void westernEightBitTextIsNotGuessedAsCyrillic() {
        byte[] cp1252 = "Name;City\nJürgen Müller;Köln\nRenée;Orléans\n".getBytes(Charset.forName("windows-1252"));
        assertThatThrownBy(() -> detect(cp1252)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Choose its encoding");
    }

    @Test
    void aChosenEncodingIsUsedAsIs() throws Exception {
        Path f = dir.resolve("f.csv");
        Files.write(f, "Name;City\nJürgen;Köln\n".getBytes(Charset.forName("windows-1252")));
        CsvFormat format = FormatDetector.detect(f, Optional.of(Charset.forName("windows-1252")), Optional.empty());
        assertThat(format.encoding().name()).isEqualTo("windows-1252");
        assertThat(format.delimiter()).isEqualTo(';');
    }

    @Test
    void utf16WithoutAMarkIsRecognisedByItsZeroBytes() throws Exception {
        assertThat(detect("a,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE)).encoding()).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void aDelimiterInsideQuotesDoesNotCount() {
        assertThat(FormatDetector.detectDelimiter("\"a,b,c\";\"d,e\";f")).isEqualTo(';');
    }

    @Test
    void oneColumnDefaultsToComma() {
        assertThat(FormatDetector.detectDelimiter("email")).isEqualTo(',');
    }
}
