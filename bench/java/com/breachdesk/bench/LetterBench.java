package com.breachdesk.bench;

import com.breachdesk.letters.LetterFixtures;
import com.breachdesk.letters.batch.ApprovalCheck;
import com.breachdesk.letters.batch.AutoTemplates;
import com.breachdesk.letters.batch.BatchKind;
import com.breachdesk.letters.batch.BatchResult;
import com.breachdesk.letters.batch.LetterBatchGenerator;
import com.breachdesk.letters.batch.RecipientFilter;
import com.breachdesk.letters.batch.AssessedNotices;
import com.breachdesk.letters.batch.Assignment;
import com.breachdesk.letters.batch.RecipientSource;
import com.breachdesk.letters.batch.RosterRecipients;
import com.breachdesk.letters.batch.TemplateAssignment;
import com.breachdesk.deadline.HolidayCalendars;
import com.breachdesk.obligations.Assessor;
import com.breachdesk.rosterimport.CsvFormat;
import com.breachdesk.rosterimport.ImportListener;
import com.breachdesk.rosterimport.MappingSuggester;
import com.breachdesk.letters.compose.LetterComposer;
import com.breachdesk.letters.data.LetterDataBuilder;
import com.breachdesk.letters.data.LetterRecipient;
import com.breachdesk.letters.model.Block;
import com.breachdesk.letters.model.LetterDocument;
import com.breachdesk.letters.model.Span;
import com.breachdesk.letters.pdf.PdfLetterRenderer;
import com.breachdesk.letters.template.TemplateSelector;
import com.breachdesk.session.CaseSession;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Letters benchmark: N personalised one-to-two-page letters to the people of a case roster (a synthetic roster of
 * N people in US states and the EU, imported through the real importer outside the timing; templates chosen
 * automatically from the rules engine's evaluation of the case), each its own PDF/A file, plus the merged print PDF
 * and the manifest, on all cores. Then bare PDFBox writes the same text (pre-wrapped lines, no templating, no Markdown,
 * no layout, no PDF/A, no hashing) to N files plus one print PDF drawn directly, on the same number of threads.
 * Prints both rates and their ratio.
 *
 * <p>Usage: {@code mvn -B -Pbench test-compile exec:exec -Dbench.args="10000"}
 */
public final class LetterBench {

    private static final int LINES_PER_PAGE = 52;

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int threads = Runtime.getRuntime().availableProcessors();
        int volumeSize = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path work = Files.createTempDirectory("letter-bench");
        System.out.printf("Letters benchmark: %,d letters, %d threads, %s%n", people, threads, work);
        try {
            Clock clock = Clock.fixed(Instant.parse("2026-03-05T09:00:00Z"), ZoneOffset.UTC);
            try (CaseSession session = CaseSession.create(work.resolve("bench.breachcase"), "Bench",
                    LetterFixtures.organization(), "bench", clock);
                 PdfLetterRenderer renderer = new PdfLetterRenderer()) {
                session.letters().noticeFacts().set(LetterFixtures.noticeFacts());
                session.incident().setAll(LetterFixtures.incidentWithSsn().values());
                Path csv = work.resolve("roster.csv");
                writeRoster(csv, people);
                long t0 = System.nanoTime();
                session.rosterImporter().importFile(csv, new CsvFormat(java.nio.charset.StandardCharsets.UTF_8, 0, ','),
                        MappingSuggester.suggest(List.of(ROSTER_HEADER.split(","))), ImportListener.NONE);
                System.out.printf("  (roster of %,d imported in %.1f s, not timed)%n", session.roster().summary().people(),
                        (System.nanoTime() - t0) / 1e9);
                var population = session.affectedPopulation();
                var facts = session.letters().facts(population);
                LetterDataBuilder data = new LetterDataBuilder(facts);
                LetterComposer composer = new LetterComposer(facts.organization(), LetterFixtures.RULES.fingerprint());
                TemplateAssignment templates = new AutoTemplates(new TemplateSelector(LetterFixtures.CATALOG),
                        new AssessedNotices(session.assessForLetters(new Assessor(LetterFixtures.RULE_PACK,
                                new HolidayCalendars(), clock), population)));
                RecipientSource roster = new RosterRecipients(session.roster());
                LetterBatchGenerator generator = new LetterBatchGenerator(renderer, session.letters().store(), data,
                        composer, ApprovalCheck.NO_REVIEW_YET, clock);

                // warm-up: same work, smaller, into another folder
                run(generator, templates, roster, work.resolve("warmup"), Math.min(1_000, people), threads, volumeSize);
                resetHeapPeak();
                long cpu0 = cpuNanos();
                BatchResult ours = run(generator, templates, roster, work.resolve("batch"), people, threads, volumeSize);
                double oursCpu = (cpuNanos() - cpu0) / 1e9;
                long peakHeapMb = heapPeakMb();
                System.out.printf("Breachdesk: %,d letters, %,d print pages, %.2f s = %.0f letters/s (peak heap %d MB)%n",
                        ours.letters(), ours.pages(), ours.seconds(), ours.lettersPerSecond(), peakHeapMb);
                System.out.printf("  CPU: %.2f ms per letter; on %d otherwise idle cores that is at most %.0f letters/s%n",
                        oursCpu * 1000 / people, threads, threads * people / oursCpu);
                System.out.printf("  files: %s letters, print volumes %.1f MB, manifest %.1f MB%n",
                        size(work.resolve("batch/letters")), ours.printVolumes().stream().mapToDouble(LetterBench::mb).sum(), mb(ours.manifest()));

                if (Boolean.getBoolean("bench.oursOnly")) {
                    return;
                }
                // the same text, without templating, for the bare PDFBox baseline (prepared outside the timing)
                List<List<List<String>>> texts = texts(roster, data, composer, templates);
                bare(texts, work.resolve("bare-warmup"), threads, Math.min(1_000, people), true);
                long cpu1 = cpuNanos();
                double[] bare = bare(texts, work.resolve("bare"), threads, people, true);
                double bareCpu = (cpuNanos() - cpu1) / 1e9;
                long cpu2 = cpuNanos();
                double[] bareFilesOnly = bare(texts, work.resolve("bare-files"), threads, people, false);
                double bareFilesCpu = (cpuNanos() - cpu2) / 1e9;
                System.out.printf("Bare PDFBox, files + print PDF: %.2f s = %.0f letters/s, CPU %.2f ms per letter%n",
                        bare[0], people / bare[0], bareCpu * 1000 / people);
                System.out.printf("Bare PDFBox, files only:        %.2f s = %.0f letters/s, CPU %.2f ms per letter%n",
                        bareFilesOnly[0], people / bareFilesOnly[0], bareFilesCpu * 1000 / people);
                System.out.printf("CPU ratio bare / Breachdesk (files + print): %.2f; (files only): %.2f%n",
                        bareCpu / oursCpu, bareFilesCpu / oursCpu);
                System.out.printf("Ratio Breachdesk / bare (files + print): %.2f%n", ours.lettersPerSecond() / (people / bare[0]));
                System.out.printf("Ratio Breachdesk / bare (files only):    %.2f%n",
                        ours.lettersPerSecond() / (people / bareFilesOnly[0]));
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static BatchResult run(LetterBatchGenerator generator, TemplateAssignment templates, RecipientSource roster,
                                   Path out, int people, int threads, int volumeSize) throws IOException {
        BatchResult r = generator.run(new LetterBatchGenerator.Plan(out, templates, roster,
                new RecipientFilter(null, people), BatchKind.DRAFT, null, true, volumeSize, threads), p -> { },
                new AtomicBoolean());
        if (r.letters() != people) {
            throw new IllegalStateException("Expected " + people + " letters, made " + r.letters() + "; left out: " + r.leftOut());
        }
        return r;
    }

    static final String ROSTER_HEADER = "Customer ID,Full Name,Street,City,State,ZIP,Country,Language,Categories";
    private static final String[][] PLACES = {
            {"San Jose", "CA", "95113", "US", "en"}, {"Boston", "MA", "02108", "US", "en"},
            {"Austin", "TX", "78701", "US", "en"}, {"Warszawa", "", "00-001", "PL", "en"},
            {"Berlin", "", "10115", "DE", "en"}, {"Chicago", "IL", "60601", "US", "en"},
            {"New York", "NY", "10001", "US", "en"}, {"Praha", "", "110 00", "CZ", "en"}};
    private static final String[] GIVEN = {"Anna", "Bohdan", "Chloe", "Dmytro", "Emma", "Ґанна", "Єва", "Іван",
            "Sofia", "Tomasz", "Ulrike", "Zoë"};
    private static final String[] FAMILY = {"Kowalska", "Шевченко", "Müller", "O'Brien", "Ткаченко", "García",
            "Smith-Jones", "Nováková", "Łukasiewicz"};
    private static final String[] CATEGORIES = {"name;email;phone;ssn", "name;postal_address;billing_address;ssn",
            "name;ssn;date_of_birth", "name;account_credentials;ip_address;ssn"};

    /** A roster of {@code people} made-up customers in US states and the EU, Latin and Cyrillic names. */
    private static void writeRoster(Path csv, int people) throws IOException {
        StringBuilder sb = new StringBuilder(ROSTER_HEADER).append('\n');
        for (int i = 1; i <= people; i++) {
            String[] p = PLACES[i % PLACES.length];
            String street = (i % 97 + 1) + " Main Street" + (i % 3 == 0 ? "\nApt " + (i % 40 + 1) : "");
            sb.append("C").append(i).append(',').append(GIVEN[i % GIVEN.length]).append(' ')
                    .append(FAMILY[(i / 3) % FAMILY.length]).append(",\"").append(street).append("\",").append(p[0])
                    .append(',').append(p[1]).append(',').append(p[2]).append(',').append(p[3]).append(',').append(p[4])
                    .append(',').append(CATEGORIES[(i / 5) % CATEGORIES.length]).append('\n');
        }
        Files.writeString(csv, sb.toString());
    }

    /** Each letter's text as pages of lines: the same words, wrapped at a fixed width. */
    private static List<List<List<String>>> texts(RecipientSource source, LetterDataBuilder data, LetterComposer composer,
                                                   TemplateAssignment templates) {
        List<List<List<String>>> out = new ArrayList<>();
        List<LetterRecipient> all = new ArrayList<>();
        for (List<LetterRecipient> page = source.page(RecipientFilter.ALL, null, 1000); !page.isEmpty();
             page = source.page(RecipientFilter.ALL, page.get(page.size() - 1).personId(), 1000)) {
            all.addAll(page);
        }
        for (LetterRecipient r : all) {
            var a = (Assignment) templates.decide(r.jurisdiction(), r.language());
            List<String> address = new ArrayList<>();
            address.add(r.name());
            address.addAll(r.addressLines());
            LetterDocument doc = composer.compose(a.template(), data.forPerson(r, a.template().language(),
                    LetterFixtures.LETTER_DATE, true, a.fulfils()), address, LetterFixtures.LETTER_DATE, true).document();
            List<String> lines = new ArrayList<>(doc.frame().letterhead());
            lines.addAll(address);
            lines.add(doc.frame().dateLine());
            flatten(doc.body(), lines);
            List<List<String>> pages = new ArrayList<>();
            for (int i = 0; i < lines.size(); i += LINES_PER_PAGE) {
                pages.add(List.copyOf(lines.subList(i, Math.min(lines.size(), i + LINES_PER_PAGE))));
            }
            out.add(pages);
        }
        return out;
    }

    private static void flatten(List<Block> blocks, List<String> lines) {
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                wrap(text(h.spans()), lines);
            } else if (b instanceof Block.Paragraph p) {
                wrap(text(p.spans()), lines);
            } else if (b instanceof Block.ListBlock l) {
                l.items().forEach(item -> flatten(item, lines));
            } else if (b instanceof Block.Indented i) {
                flatten(i.blocks(), lines);
            } else if (b instanceof Block.Table t) {
                t.rows().forEach(row -> wrap(String.join("  ", row.stream().map(LetterBench::text).toList()), lines));
            }
        }
    }

    private static String text(List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.text().replace('\n', ' ')));
        return sb.toString();
    }

    private static void wrap(String text, List<String> lines) {
        String rest = text.strip();
        while (rest.length() > 90) {
            int cut = rest.lastIndexOf(' ', 90);
            cut = cut <= 0 ? 90 : cut;
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut).strip();
        }
        lines.add(rest);
    }

    /** Bare PDFBox: one file per letter on {@code threads} threads, then (optionally) one print PDF drawn directly. */
    private static double[] bare(List<List<List<String>>> texts, Path out, int threads, int count, boolean print)
            throws Exception {
        byte[] regular = font("DejaVuSans.ttf");
        byte[] bold = font("DejaVuSans-Bold.ttf");
        Files.createDirectories(out);
        ThreadLocal<TrueTypeFont[]> fonts = ThreadLocal.withInitial(() -> new TrueTypeFont[] {parse(regular), parse(bold)});
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                TrueTypeFont[] f = fonts.get();
                try (PDDocument doc = new PDDocument()) {
                    PDType0Font r = PDType0Font.load(doc, f[0], true);
                    PDType0Font b = PDType0Font.load(doc, f[1], true);
                    draw(doc, texts.get(n), r, b);
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
                    doc.save(bytes, CompressParameters.NO_COMPRESSION);
                    Files.write(out.resolve(n + ".pdf"), bytes.toByteArray());
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        if (print) {
            try (PDDocument doc = new PDDocument(); OutputStream o = Files.newOutputStream(out.resolve("print.pdf"))) {
                PDType0Font r = PDType0Font.load(doc, parse(regular), true);
                PDType0Font b = PDType0Font.load(doc, parse(bold), true);
                for (int i = 0; i < count; i++) {
                    draw(doc, texts.get(i), r, b);
                }
                doc.save(o, CompressParameters.NO_COMPRESSION);
            }
        }
        return new double[] {(System.nanoTime() - start) / 1e9};
    }

    private static void draw(PDDocument doc, List<List<String>> pages, PDType0Font regular, PDType0Font bold)
            throws IOException {
        for (List<String> lines : pages) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(bold, 11);
                cs.newLineAtOffset(70, 800);
                boolean first = true;
                for (String line : lines) {
                    if (!first) {
                        cs.newLineAtOffset(0, -14.3f);
                    }
                    cs.showText(line);
                    if (first) {
                        cs.setFont(regular, 11);
                        first = false;
                    }
                }
                cs.endText();
            }
        }
    }

    private static byte[] font(String file) throws IOException {
        try (InputStream in = LetterBench.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
            return in.readAllBytes();
        }
    }

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            ttf.setEnableGsub(false);
            return ttf;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetHeapPeak() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heapPeakMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }

    private static String size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            long[] n = {0, 0};
            files.filter(Files::isRegularFile).forEach(f -> {
                n[0]++;
                n[1] += f.toFile().length();
            });
            return String.format("%,d files, %.1f MB", n[0], n[1] / 1e6);
        }
    }

    private static double mb(Path file) {
        return file.toFile().length() / 1e6;
    }
}
