package com.breachdesk.bench;

import com.breachdesk.delivery.NoticeDelivery;
import com.breachdesk.delivery.SendChannel;
import com.breachdesk.letters.batch.BatchKind;
import com.breachdesk.letters.store.BatchNotifications;
import com.breachdesk.letters.store.BatchRecord;
import com.breachdesk.letters.store.LetterRecord;
import com.breachdesk.letters.template.TemplateCatalog;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.review.DraftDiff;
import com.breachdesk.roster.Person;
import com.breachdesk.roster.RosterFilter;
import com.breachdesk.rosterimport.CsvFormat;
import com.breachdesk.rosterimport.FormatDetector;
import com.breachdesk.rosterimport.ImportListener;
import com.breachdesk.rosterimport.MappingSuggester;
import com.breachdesk.rosterimport.RosterPreview;
import com.breachdesk.session.CaseSession;
import com.breachdesk.time.MomentInZone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Legal review figures: (1) the word-level diff of two versions of a long letter (every shipped template end to end,
 * 1 line in 10 reworded), median and 95th percentile of 50 runs; (2) marking a FINAL batch of N letters as sent
 * (N roster people move to "sent", one transaction, evidence attached). The batch's letter records are written
 * through LetterStore as the generator writes them (rendering N PDFs is measured by LetterBench, not here).
 * Run: {@code mvn -q -B -Pbench test-compile exec:exec -Dbench.main=com.breachdesk.bench.ReviewBench -Dbench.args=100000}
 */
public final class ReviewBench {

    private ReviewBench() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        diff();
        markSent(people);
    }

    private static void diff() {
        StringBuilder all = new StringBuilder();
        for (var t : TemplateCatalog.shipped().all()) {
            all.append(t.text()).append('\n');
        }
        String old = all.toString();
        String[] lines = old.split("\n", -1);
        for (int i = 0; i < lines.length; i += 10) {
            lines[i] = lines[i].replace(" the ", " a ").replace("we ", "we now ") + " (revised)";
        }
        String edited = String.join("\n", lines);
        for (int i = 0; i < 20; i++) {
            DraftDiff.between(old, edited);
        }
        long[] times = new long[50];
        long changes = 0;
        for (int i = 0; i < times.length; i++) {
            long s = System.nanoTime();
            changes = DraftDiff.between(old, edited).changes();
            times[i] = System.nanoTime() - s;
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "diff: %d lines, %d changed rows: median %.1f ms, p95 %.1f ms%n",
                old.split("\n").length, changes, times[times.length / 2] / 1e6, times[times.length * 95 / 100] / 1e6);
    }

    private static void markSent(int people) throws Exception {
        Path dir = Files.createTempDirectory("review-bench");
        Path csv = dir.resolve("roster.csv");
        RosterGenerator.write(csv, people);
        Clock clock = Clock.systemUTC();
        try (CaseSession s = CaseSession.create(dir.resolve("bench.breachcase"), "Bench", new OrganizationProfile(Map.of()),
                "bench", clock)) {
            CsvFormat format = FormatDetector.detect(csv, Optional.empty(), Optional.empty());
            s.rosterImporter().importFile(csv, format, MappingSuggester.suggest(RosterPreview.header(csv, format)),
                    ImportListener.NONE);
            BatchRecord batch = s.letters().store().startBatch(dir.resolve("out").toString(), "us-ca-individual", "all",
                    BatchKind.FINAL.name(), LocalDate.now(clock), BatchRecord.ROSTER);
            List<LetterRecord> letters = new ArrayList<>();
            long position = 0;
            long after = 0;
            List<Person> page;
            while (!(page = s.roster().page(RosterFilter.ALL, after, 10_000)).isEmpty()) {
                for (Person p : page) {
                    letters.add(new LetterRecord(batch.id(), position++, Long.toString(p.id()), "f" + p.id(),
                            "letters/" + p.id() + ".pdf", 1, "0".repeat(64), "us-ca-individual", 1, Instant.now()));
                    after = p.id();
                }
                s.letters().store().addLetters(letters);
                letters.clear();
            }
            s.letters().store().finishBatch(batch.id(), "complete", position, position, null, "bench",
                    BatchNotifications::markGenerated);
            byte[] receipt = new byte[200_000];
            long t0 = System.nanoTime();
            NoticeDelivery.BatchSent sent = s.delivery().markBatchSent(batch.id(),
                    new MomentInZone(clock.instant(), ZoneId.of("UTC")), SendChannel.POST, "BENCH",
                    Optional.of(new NoticeDelivery.Evidence("receipt.pdf", receipt)));
            long t1 = System.nanoTime();
            long t2 = System.nanoTime();
            boolean intact = s.verifyAudit().intact();
            long t3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "mark batch sent: %d letters, %d people now 'sent': %.2f s; audit verify %.2f s (%s)%n",
                    sent.letters(), sent.notice().people(), (t1 - t0) / 1e9, (t3 - t2) / 1e9, intact ? "intact" : "BROKEN");
            System.out.printf(Locale.ROOT, "load average %.1f on %d cores%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
