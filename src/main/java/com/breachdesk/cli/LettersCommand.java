package com.breachdesk.cli;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.letters.batch.AutoTemplates;
import com.breachdesk.letters.batch.BatchKind;
import com.breachdesk.letters.batch.BatchProgress;
import com.breachdesk.letters.batch.BatchResult;
import com.breachdesk.letters.batch.CsvRecipients;
import com.breachdesk.letters.batch.FixedTemplate;
import com.breachdesk.letters.batch.LetterBatchGenerator;
import com.breachdesk.letters.batch.RecipientFilter;
import com.breachdesk.letters.batch.AssessedNotices;
import com.breachdesk.letters.batch.BatchPreview;
import com.breachdesk.letters.batch.RecipientSource;
import com.breachdesk.letters.batch.RosterRecipients;
import com.breachdesk.population.AffectedPopulation;
import com.breachdesk.roster.NotificationStatus;
import com.breachdesk.vocabulary.Coded;
import com.breachdesk.letters.batch.TemplateAssignment;
import com.breachdesk.letters.data.CaseFacts;
import com.breachdesk.letters.pdf.PdfLetterRenderer;
import com.breachdesk.letters.template.TemplateSelector;
import com.breachdesk.session.CaseSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

@Command(name = "letters", description = "Generate letters to the people in scope (the case roster, or a mailing file): "
        + "one PDF each, print-ready volumes and a manifest for the mailing vendor. With --template auto, the rules "
        + "engine's evaluation decides who must be notified and each group's template. Prints a JSON summary; "
        + "progress goes to stderr.")
final class LettersCommand implements Callable<Integer> {

    @ParentCommand
    BreachdeskCli cli;

    @Parameters(index = "0", paramLabel = "CASE")
    Path file;

    @Option(names = "--template", required = true, paramLabel = "ID|auto",
            description = "A template id, or auto to choose per jurisdiction and language.")
    String template;

    @Option(names = "--recipients", paramLabel = "FILE.csv", description = "A mailing file instead of the case roster: "
            + "person_id, name, address_line_1..6, jurisdiction, language, categories.")
    Path recipients;

    @Option(names = "--jurisdiction", paramLabel = "J", description = "Only people in this jurisdiction (US takes US-CA).")
    String jurisdiction;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only roster people with this notification status: pending, letter_generated, sent, "
                    + "undeliverable, not_required.")
    String status;

    @Option(names = "--dry-run", description = "Only show which template each group of recipients would get, and why.")
    boolean dryRun;

    @Option(names = "--limit", paramLabel = "N", description = "At most N letters.")
    long limit;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Batch folder (re-use it to resume).")
    Path out;

    @Option(names = "--final", description = "A final batch (needs approved templates); default: DRAFT-stamped.")
    boolean finalBatch;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Letter date (default: the folder's earlier run, else today).")
    LocalDate date;

    @Option(names = "--no-duplex", description = "No blank page after letters with an odd number of pages.")
    boolean noDuplex;

    @Option(names = "--volume-size", paramLabel = "N", defaultValue = "10000", description = "Letters per print volume (default ${DEFAULT-VALUE}).")
    int volumeSize;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws CaseFileRefusedException, IOException {
        LetterWiring wiring = new LetterWiring(cli);
        wiring.reportProblems(cli.err());
        NotificationStatus wanted = status == null ? null : Coded.parse(NotificationStatus.class, status);
        RecipientFilter filter = new RecipientFilter(jurisdiction, wanted, limit);
        try (CaseSession session = cli.open(file);
             CsvRecipients mailingFile = recipients == null ? null : CsvRecipients.open(recipients);
             PdfLetterRenderer renderer = new PdfLetterRenderer()) {
            RecipientSource people;
            if (mailingFile != null) {
                people = mailingFile;
            } else if (session.roster().summary().people() == 0) {
                throw new IllegalArgumentException("The case has no roster yet: import one (breachdesk import CASE "
                        + "FILE.csv) or give a mailing file with --recipients FILE.csv");
            } else {
                people = new RosterRecipients(session.roster());
            }
            AffectedPopulation population = session.letterPopulation(mailingFile == null ? null : mailingFile.population());
            CaseFacts facts = session.letters().facts(population);
            TemplateAssignment assignment = "auto".equals(template)
                    ? new AutoTemplates(new TemplateSelector(wiring.catalog),
                    new AssessedNotices(session.assessForLetters(wiring.assessor(), population)))
                    : new FixedTemplate(wiring.catalog.require(template));
            if (dryRun) {
                JsonOutput.print(cli.out(), preview(BatchPreview.of(people, filter, assignment)));
                return 0;
            }
            LetterBatchGenerator generator = new LetterBatchGenerator(renderer, session.letters().store(),
                    LetterWiring.data(facts), wiring.composer(facts), session.review().approvalCheck(), cli.clock);
            LetterBatchGenerator.Plan plan = new LetterBatchGenerator.Plan(out, assignment, people, filter,
                    finalBatch ? BatchKind.FINAL : BatchKind.DRAFT, date,
                    !noDuplex, volumeSize, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
            AtomicBoolean cancel = new AtomicBoolean();
            CountDownLatch finished = new CountDownLatch(1);
            Thread onInterrupt = new Thread(() -> {
                cancel.set(true);
                try {
                    finished.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "letters-cancel");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            BatchResult result;
            try {
                result = generator.run(plan, progressPrinter(), cancel);
            } finally {
                finished.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(onInterrupt);
                } catch (IllegalStateException shuttingDown) {
                    // Ctrl+C: the hook is running and has cancelled the batch
                }
            }
            JsonOutput.print(cli.out(), summary(result));
            return result.cancelled() ? BreachdeskCli.EXIT_CHECK_FAILED : 0;
        }
    }

    private java.util.function.Consumer<BatchProgress> progressPrinter() {
        long[] last = {0};
        return p -> {
            long now = System.nanoTime();
            if (quiet || (now - last[0] < 1_000_000_000L && p.done() < p.total())) {
                return;
            }
            last[0] = now;
            cli.err().printf("%d/%d letters, %.0f letters/s, %d s left%n", p.done(), p.total(), p.lettersPerSecond(),
                    p.remaining().toSeconds());
            cli.err().flush();
        };
    }

    static Map<String, Object> summary(BatchResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batch_id", r.batchId());
        m.put("cancelled", r.cancelled());
        m.put("count", r.letters());
        m.put("generated", r.generated());
        m.put("skipped", r.skipped());
        m.put("pages", r.pages());
        m.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        m.put("letters_per_second", Math.round(r.lettersPerSecond() * 10) / 10.0);
        m.put("folder", r.batchDir().toString());
        m.put("manifest", r.manifest() == null ? null : r.manifest().toString());
        m.put("print_volumes", r.printVolumes().stream().map(Path::toString).toList());
        List<Map<String, Object>> groups = new ArrayList<>();
        r.groups().values().forEach(g -> {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("template", g.template());
            gm.put("letters", g.letters());
            gm.put("why", g.explanation());
            groups.add(gm);
        });
        m.put("templates", groups);
        List<Map<String, Object>> leftOut = new ArrayList<>();
        r.leftOut().forEach(g -> {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("jurisdiction", g.jurisdiction());
            gm.put("language", g.language());
            gm.put("people", g.people());
            gm.put("why", g.explanation());
            leftOut.add(gm);
        });
        m.put("left_out", leftOut);
        return m;
    }

    static List<Map<String, Object>> preview(List<BatchPreview.Group> groups) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (BatchPreview.Group g : groups) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("jurisdiction", g.recipients().jurisdiction());
            m.put("language", g.recipients().language());
            m.put("people", g.recipients().people());
            m.put("gets", g.outcome());
            m.put("why", g.decision().explanation());
            out.add(m);
        }
        return out;
    }
}
