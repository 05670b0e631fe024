package com.breachdesk.rosterimport;

import com.breachdesk.casefile.SchemaDumpForTests;
import com.breachdesk.jurisdiction.ResolutionMethod;
import com.breachdesk.roster.ImportRecord;
import com.breachdesk.roster.Person;
import com.breachdesk.roster.RosterFilter;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestCases;
import com.breachdesk.support.TestClock;
import com.breachdesk.vocabulary.DataCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RosterImporterTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");
    private CaseSession session;

    @BeforeEach
    void open() throws Exception {
        session = TestCases.create(dir, clock);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Path write(String name, String text, Charset encoding, byte... bom) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(bom);
        bytes.write(text.getBytes(encoding));
        Path file = dir.resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private ImportResult importFile(Path file) throws Exception {
        return importFile(file, ImportListener.NONE);
    }

    private ImportResult importFile(Path file, ImportListener listener) throws Exception {
        CsvFormat format = FormatDetector.detect(file, Optional.empty(), Optional.empty());
        List<String> header;
        try (var records = new CsvRecords(Files.newBufferedReader(file, format.encoding()), format.delimiter(), "x")) {
            header = records.header();
        }
        ColumnMapping mapping = MappingSuggester.suggest(header.stream()
                .map(h -> h.replace("\uFEFF", "")).toList());
        return session.rosterImporter().importFile(file, format, mapping, listener);
    }

    private List<Person> everyone() {
        return session.roster().page(RosterFilter.ALL, 0, 10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {",", ";", "\t", "|"})
    void detectsEachDelimiter(String delimiter) throws Exception {
        String csv = String.join(delimiter, "Customer ID", "Name", "Email", "Country") + "\n"
                + String.join(delimiter, "1", "Ann Lee", "ann@example.com", "Poland") + "\n"
                + String.join(delimiter, "2", "Bo Chen", "bo@example.com", "Germany") + "\n";
        ImportResult result = importFile(write("d.csv", csv, StandardCharsets.UTF_8));
        assertThat(result.record().counts().imported()).isEqualTo(2);
        assertThat(result.record().delimiter()).isEqualTo(delimiter.equals("\t") ? "tab" : delimiter);
        assertThat(everyone()).extracting(p -> p.resolution().jurisdiction()).containsExactly("PL", "DE");
    }

    private static final String UKRAINIAN = "ПІБ,Ел. пошта,Країна\nШевченко Тарас Григорович,taras@example.ua,Україна\n"
            + "Леся Українка,lesya@example.ua,Украина\n";

    @Test
    void readsUtf8WithoutBom() throws Exception {
        assertUkrainianNamesRoundTrip(write("u.csv", UKRAINIAN, StandardCharsets.UTF_8), "UTF-8");
    }

    @Test
    void readsUtf8WithBom() throws Exception {
        assertUkrainianNamesRoundTrip(write("u.csv", UKRAINIAN, StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
                "UTF-8");
    }

    @Test
    void readsUtf16LittleEndianWithBom() throws Exception {
        assertUkrainianNamesRoundTrip(write("u.csv", UKRAINIAN, StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE),
                "UTF-16LE");
    }

    @Test
    void readsUtf16BigEndianWithBom() throws Exception {
        assertUkrainianNamesRoundTrip(write("u.csv", UKRAINIAN, StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF),
                "UTF-16BE");
    }

    @Test
    void detectsWindows1251AndUkrainianNamesRoundTrip() throws Exception {
        assertUkrainianNamesRoundTrip(write("u.csv", UKRAINIAN, Charset.forName("windows-1251")), "windows-1251");
    }

    private void assertUkrainianNamesRoundTrip(Path file, String encoding) throws Exception {
        ImportResult result = importFile(file);
        assertThat(result.record().encoding()).isEqualTo(encoding);
        assertThat(everyone()).extracting(Person::fullName)
                .containsExactly("Шевченко Тарас Григорович", "Леся Українка");
        assertThat(everyone()).extracting(p -> p.resolution().jurisdiction()).containsExactly("UA", "UA");
    }

    @Test
    void keepsNewlinesInsideQuotedAddresses() throws Exception {
        Path file = write("n.csv", "Email,Address,City,Country\n"
                + "a@example.com,\"Flat 3\n12 High Street\",London,UK\nb@example.com,Main St,Austin,USA\n",
                StandardCharsets.UTF_8);
        ImportResult result = importFile(file);
        assertThat(result.record().counts().imported()).isEqualTo(2);
        assertThat(everyone().get(0).address().street()).isEqualTo("Flat 3\n12 High Street");
        assertThat(everyone().get(1).sourceLine()).isEqualTo(4);
    }

    @Test
    void rejectsFileHoldsExactlyTheBadLinesWithLineNumberAndReason() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("Email,Name,Country\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("a@example.com,Ann,PL\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("b@example.com,Bob,PL,extra\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("c@example.com,M".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xFC});
        bytes.write("ller,DE\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("d@example.com,\"Dan,FR\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("e@example.com,Eve,FR\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("bad.csv");
        Files.write(file, bytes.toByteArray());

        CsvFormat utf8 = new CsvFormat(StandardCharsets.UTF_8, 0, ',');
        ImportResult result = session.rosterImporter().importFile(file, utf8,
                MappingSuggester.suggest(List.of("Email", "Name", "Country")), ImportListener.NONE);

        assertThat(result.record().counts()).isEqualTo(new ImportRecord.Counts(5, 2, 0, 3, 0));
        assertThat(result.rejectsFile()).contains(dir.resolve("case-import-1-rejects.csv"));
        List<String> lines = Files.readAllLines(result.rejectsFile().orElseThrow(), StandardCharsets.UTF_8);
        assertThat(lines).containsExactly(
                "Email,Name,Country,rejected_line,reject_reason",
                "b@example.com,Bob,PL,extra,3,\"expected 3 fields, found 4\"",
                "c@example.com,M\uFFFDller,DE,4,\"contains bytes that are not valid UTF-8\"",
                "d@example.com,\"Dan,FR,5,\"\"unterminated quoted field\"\"\"".replace("\"\"unterminated quoted field\"\"\"",
                        "\"unterminated quoted field\""));
        assertThat(everyone()).extracting(Person::email).containsExactly("a@example.com", "e@example.com");
    }

    @Test
    void fixedRejectsCanBeImportedAgain() throws Exception {
        Path file = write("bad.csv", "Email,Name,Country\na@example.com,Ann,PL\nb@example.com,Bob,PL,extra\n",
                StandardCharsets.UTF_8);
        Path rejects = importFile(file).rejectsFile().orElseThrow();
        String fixed = Files.readString(rejects).replace("Bob,PL,extra", "Bob,PL");
        Files.writeString(rejects, fixed);

        ImportResult again = importFile(rejects);

        assertThat(again.record().counts().imported()).isEqualTo(1);
        assertThat(again.record().counts().rejected()).isZero();
        assertThat(everyone()).extracting(Person::fullName).containsExactly("Ann", "Bob");
    }

    @Test
    void cancellingLeavesTheCaseWithTheSameRows() throws Exception {
        importFile(write("first.csv", "Email,Country\na@example.com,PL\n", StandardCharsets.UTF_8));
        List<String> before = session.file().read(SchemaDumpForTests::rows);
        StringBuilder big = new StringBuilder("Email,Country\n");
        for (int i = 0; i < 10_000; i++) {
            big.append("p").append(i).append("@example.com,DE\n");
        }
        Path file = write("big.csv", big.toString(), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> importFile(file, new ImportListener() {
            @Override
            public boolean cancelled() {
                return true;
            }
        })).isInstanceOf(ImportCancelledException.class);

        assertThat(session.file().read(SchemaDumpForTests::rows)).isEqualTo(before);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("rejects"));
    }

    @Test
    void aBigImportLeavesTheSameSchemaAsAFreshCase() throws Exception {
        List<String> fresh = session.file().read(SchemaDumpForTests::schema);
        importFile(write("a.csv", "Email,Country\na@example.com,PL\n", StandardCharsets.UTF_8));
        assertThat(session.file().read(SchemaDumpForTests::schema)).isEqualTo(fresh);
    }

    @Test
    void reportsProgressWithRowsPerSecond() throws Exception {
        StringBuilder big = new StringBuilder("Email,Country\n");
        for (int i = 0; i < 20_000; i++) {
            big.append("p").append(i).append("@example.com,DE\n");
        }
        List<ImportProgress> seen = new ArrayList<>();
        importFile(write("big.csv", big.toString(), StandardCharsets.UTF_8), new ImportListener() {
            @Override
            public void progress(ImportProgress progress) {
                seen.add(progress);
            }
        });
        ImportProgress last = seen.get(seen.size() - 1);
        assertThat(last.rowsRead()).isEqualTo(20_000);
        assertThat(last.fraction()).isEqualTo(1.0);
        assertThat(last.rowsPerSecond()).isPositive();
    }

    @Test
    void saysWhenEveryRowIsReadAndOnlySavingIsLeft() throws Exception {
        List<ImportProgress> seen = new ArrayList<>();
        importFile(write("small.csv", "Email,Country\na@example.com,PL\nb@example.com,DE\n", StandardCharsets.UTF_8),
                new ImportListener() {
                    @Override
                    public void progress(ImportProgress progress) {
                        seen.add(progress);
                    }
                });
        assertThat(seen).isNotEmpty().allMatch(ImportProgress::finishing);
        assertThat(seen.get(0).rowsRead()).isEqualTo(2);
    }

    @Test
    void aCancelPressedWhileSavingStillLeavesTheCaseAsItWas() throws Exception {
        importFile(write("first.csv", "Email,Country\na@example.com,PL\n", StandardCharsets.UTF_8));
        List<String> before = session.file().read(SchemaDumpForTests::rows);
        AtomicBoolean cancel = new AtomicBoolean();
        assertThatThrownBy(() -> importFile(write("second.csv", "Email,Country\nb@example.com,DE\n", StandardCharsets.UTF_8),
                new ImportListener() {
                    @Override
                    public void progress(ImportProgress progress) {
                        if (progress.finishing()) {
                            cancel.set(true); // pressed once every row was read
                        }
                    }

                    @Override
                    public boolean cancelled() {
                        return cancel.get();
                    }
                })).isInstanceOf(ImportCancelledException.class);
        assertThat(session.file().read(SchemaDumpForTests::rows)).isEqualTo(before);
    }

    @Test
    void aCardNumberColumnAddsPaymentCardButTheNumberIsNeverStored() throws Exception {
        importFile(write("cards.csv", "Email,Card number,Country\na@example.com,4111111111111111,US\nb@example.com,,US\n",
                StandardCharsets.UTF_8));
        assertThat(everyone().get(0).categories()).contains(DataCategory.PAYMENT_CARD, DataCategory.EMAIL);
        assertThat(everyone().get(1).categories()).doesNotContain(DataCategory.PAYMENT_CARD);
        byte[] caseBytes = Files.readAllBytes(session.path());
        byte[] wal = Files.exists(Path.of(session.path() + "-wal")) ? Files.readAllBytes(Path.of(session.path() + "-wal")) : new byte[0];
        assertThat(new String(caseBytes, StandardCharsets.ISO_8859_1) + new String(wal, StandardCharsets.ISO_8859_1))
                .doesNotContain("4111111111111111");
    }

    @Test
    void anImportIsAuditedWithItsFileHashAndTheTrailStaysIntact() throws Exception {
        Path file = write("a.csv", "Email,Country\na@example.com,PL\n", StandardCharsets.UTF_8);
        ImportResult result = importFile(file);
        assertThat(result.record().sha256()).isEqualTo(com.breachdesk.support.Files2.sha256(file));
        assertThat(result.record().importedBy()).isEqualTo("tester");
        assertThat(session.allAudit()).anySatisfy(e -> {
            assertThat(e.change().action()).isEqualTo("import");
            assertThat(e.change().newValue()).contains(result.record().sha256()).contains("\"imported\":1");
        });
        assertThat(session.verifyAudit().intact()).isTrue();
    }

    @Test
    void aMappingNamingAMissingColumnIsRefusedAndNothingIsImported() throws Exception {
        Path file = write("a.csv", "Email,Country\na@example.com,PL\n", StandardCharsets.UTF_8);
        ColumnMapping mapping = ColumnMapping.empty().withField(RosterField.EMAIL, "E-mail address");
        assertThatThrownBy(() -> session.rosterImporter().importFile(file,
                new CsvFormat(StandardCharsets.UTF_8, 0, ','), mapping, ImportListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("E-mail address");
        assertThat(session.roster().imports()).isEmpty();
    }

    @Test
    void unresolvedPeopleAreCountedAndKeptNotGuessed() throws Exception {
        ImportResult r = importFile(write("u.csv", "Email,Country,Phone\na@example.com,Kyiv,\nb@example.com,Kyiv,+380 44 123 4567\n",
                StandardCharsets.UTF_8));
        assertThat(r.record().counts().unresolved()).isEqualTo(1);
        assertThat(everyone().get(0).resolution().method()).isEqualTo(ResolutionMethod.UNRESOLVED);
        assertThat(everyone().get(1).resolution().jurisdiction()).isEqualTo("UA");
        assertThat(everyone().get(1).resolution().method()).isEqualTo(ResolutionMethod.PHONE);
    }
}
