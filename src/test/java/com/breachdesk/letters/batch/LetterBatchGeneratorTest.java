package com.breachdesk.letters.batch;

import com.breachdesk.letters.LetterFixtures;
import com.breachdesk.letters.store.LetterRecord;
import com.breachdesk.support.Files2;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LetterBatchGeneratorTest {

    @TempDir
    Path dir;

    private static List<Map<String, String>> manifest(Path file) throws Exception {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return it.readAll();
        }
    }

    @Test
    void manifestListsEveryLetterWithTheHashOfItsFile() throws Exception {
        try (BatchFixture f = new BatchFixture(dir)) {
            BatchResult result = f.run(BatchFixture.plan(dir.resolve("out"), 24, 10_000));
            List<Map<String, String>> rows = manifest(result.manifest());
            assertEquals(24, rows.size());
            for (Map<String, String> row : rows) {
                Path file = result.batchDir().resolve(row.get("file"));
                assertEquals(row.get("sha256"), Files2.sha256(file), row.get("file"));
                try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                    assertEquals(Integer.parseInt(row.get("pages")), doc.getNumberOfPages());
                }
            }
            assertThat(rows.get(0).get("person_id")).isEqualTo("P00000001");
            assertThat(rows).extracting(r -> r.get("template_id")).contains("us-ca-individual", "us-ma-individual",
                    "eprivacy-subscriber", "us-generic-individual");
        }
    }

    @Test
    void leavesOutPeopleForWhomTheEvaluationRequiresNoNoticeAndSaysWhy() throws Exception {
        try (BatchFixture f = new BatchFixture(dir)) {
            BatchResult result = f.run(new LetterBatchGenerator.Plan(dir.resolve("out"), BatchFixture.auto(),
                    new SyntheticRecipients(16), RecipientFilter.ALL, BatchKind.DRAFT, LetterFixtures.LETTER_DATE, true,
                    100, 2));
            assertThat(result.leftOut()).singleElement().satisfies(g -> {
                assertEquals("UA", g.jurisdiction());
                assertEquals(4, g.people());
                assertThat(g.explanation()).contains("no notice required", "ua-2297-individuals");
            });
            assertEquals(12, result.letters());
            assertThat(manifest(result.manifest())).extracting(r -> r.get("template_id")).doesNotContain("ua-individual");
        }
    }

    @Test
    void recordsEachLetterAndItsHashInTheCase() throws Exception {
        try (BatchFixture f = new BatchFixture(dir)) {
            BatchResult result = f.run(BatchFixture.plan(dir.resolve("out"), 6, 10_000));
            List<LetterRecord> recorded = f.session.letters().store().letters(result.batchId());
            assertEquals(6, recorded.size());
            for (LetterRecord l : recorded) {
                assertEquals(l.sha256(), Files2.sha256(result.batchDir().resolve(l.file())));
            }
            assertThat(f.session.allAudit()).anySatisfy(e -> assertThat(e.change().newValue())
                    .startsWith("complete: 6 letters"));
            assertThat(f.session.verifyAudit().intact()).isTrue();
        }
    }

    @Test
    void printVolumeHoldsEveryLetterInManifestOrderWithDuplexBlanks() throws Exception {
        try (BatchFixture f = new BatchFixture(dir)) {
            BatchResult result = f.run(BatchFixture.plan(dir.resolve("out"), 8, 10_000));
            List<Map<String, String>> rows = manifest(result.manifest());
            int expected = rows.stream().mapToInt(r -> {
                int p = Integer.parseInt(r.get("pages"));
                return p + p % 2;
            }).sum();
            assertEquals(1, result.printVolumes().size());
            try (PDDocument print = Loader.loadPDF(result.printVolumes().get(0).toFile())) {
                assertEquals(expected, print.getNumberOfPages());
                String text = new PDFTextStripper().getText(print);
                int last = -1;
                for (Map<String, String> row : rows) {
                    int at = text.indexOf(row.get("name"), last + 1);
                    assertThat(at).as(row.get("name")).isGreaterThan(last);
                    last = at;
                }
            }
        }
    }

    @Test
    void splitsThePrintRunIntoVolumesOfTheGivenSize() throws Exception {
        try (BatchFixture f = new BatchFixture(dir)) {
            BatchResult result = f.run(BatchFixture.plan(dir.resolve("out"), 7, 3));
            assertEquals(3, result.printVolumes().size());
            assertThat(result.printVolumes()).allSatisfy(p -> assertThat(p).exists());
        }
    }

    @Test
    void rerunSkipsLettersAlreadyGeneratedFromTheSameTemplateAndData() throws Exception {
        try (BatchFixture f = new BatchFixture(dir)) {
            BatchResult first = f.run(BatchFixture.plan(dir.resolve("out"), 10, 10_000));
            BatchResult second = f.run(BatchFixture.plan(dir.resolve("out"), 10, 10_000));
            assertEquals(10, first.generated());
            assertEquals(0, second.generated());
            assertEquals(10, second.skipped());
            assertEquals(Files2.sha256(first.manifest()), Files2.sha256(second.manifest()));
        }
    }

    @Test
    void resumesAfterCancelWithoutRegeneratingFinishedLetters() throws Exception {
        try (BatchFixture f = new BatchFixture(dir)) {
            AtomicBoolean cancel = new AtomicBoolean();
            BatchResult cancelled = f.run(BatchFixture.plan(dir.resolve("out"), 30, 5), p -> {
                if (p.done() >= 12) {
                    cancel.set(true);
                }
            }, cancel);
            assertThat(cancelled.cancelled()).isTrue();
            assertThat(cancelled.letters()).isBetween(12L, 29L);
            assertThat(dir.resolve("out/manifest.csv")).doesNotExist();

            BatchResult resumed = f.run(BatchFixture.plan(dir.resolve("out"), 30, 5));
            assertThat(resumed.cancelled()).isFalse();
            assertEquals(cancelled.batchId(), resumed.batchId());
            assertEquals(30, resumed.letters());
            assertEquals(cancelled.letters(), resumed.skipped());
            assertEquals(30 - cancelled.letters(), resumed.generated());
            assertEquals(6, resumed.printVolumes().size());
            List<Map<String, String>> rows = manifest(resumed.manifest());
            assertEquals(30, rows.size());
            for (Map<String, String> row : rows) {
                assertEquals(row.get("sha256"), Files2.sha256(resumed.batchDir().resolve(row.get("file"))));
            }
        }
    }

    @Test
    void refusesTheWholeBatchBeforeWritingWhenARecipientCannotBePrinted() throws Exception {
        try (BatchFixture f = new BatchFixture(dir)) {
            RecipientSource withEmoji = new RecipientSource() {
                final SyntheticRecipients base = new SyntheticRecipients(5);

                @Override
                public long count(RecipientFilter filter) {
                    return 5;
                }

                @Override
                public List<RecipientGroup> groups(RecipientFilter filter) {
                    return base.groups(filter);
                }

                @Override
                public String name() {
                    return "test";
                }

                @Override
                public List<com.breachdesk.letters.data.LetterRecipient> page(RecipientFilter filter, String after, int size) {
                    return base.page(filter, after, size).stream().map(r -> r.personId().equals("P00000004")
                            ? new com.breachdesk.letters.data.LetterRecipient(r.personId(), "Smiley \uD83D\uDE00",
                            r.addressLines(), r.jurisdiction(), r.language(), r.categories()) : r).toList();
                }
            };
            LetterBatchGenerator.Plan plan = new LetterBatchGenerator.Plan(dir.resolve("out"), BatchFixture.auto(),
                    withEmoji, RecipientFilter.ALL, BatchKind.DRAFT, LetterFixtures.LETTER_DATE, true, 100, 2);
            assertThatThrownBy(() -> f.run(plan)).isInstanceOf(LetterBatchRefused.class)
                    .hasMessageContaining("P00000004").hasMessageContaining("U+1F600");
            assertThat(dir.resolve("out")).doesNotExist();
            assertThat(f.session.letters().store().batches()).isEmpty();
        }
    }

    @Test
    void refusesAFinalBatchUntilTemplatesAreApproved() throws Exception {
        try (BatchFixture f = new BatchFixture(dir)) {
            LetterBatchGenerator.Plan plan = new LetterBatchGenerator.Plan(dir.resolve("out"), BatchFixture.auto(),
                    new SyntheticRecipients(3), RecipientFilter.ALL, BatchKind.FINAL, LetterFixtures.LETTER_DATE, true, 100, 2);
            assertThatThrownBy(() -> f.run(plan)).isInstanceOf(LetterBatchRefused.class)
                    .hasMessageContaining("no legal approval");
            assertThat(dir.resolve("out")).doesNotExist();
        }
    }

    @Test
    void draftBatchesAreStampedDraftOnEveryPage() throws Exception {
        try (BatchFixture f = new BatchFixture(dir)) {
            BatchResult result = f.run(BatchFixture.plan(dir.resolve("out"), 4, 100));
            try (Stream<Path> files = Files.walk(result.batchDir())) {
                for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                        for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                            PDFTextStripper s = new PDFTextStripper();
                            s.setStartPage(page);
                            s.setEndPage(page);
                            assertThat(s.getText(doc)).as(pdf + " page " + page).contains("DRAFT");
                        }
                    }
                }
            }
        }
    }
}
