package com.breachdesk.bench;

import com.breachdesk.deadline.HolidayCalendars;
import com.breachdesk.demo.DemoCase;
import com.breachdesk.handover.CaseJsonExporter;
import com.breachdesk.handover.CaseJsonImporter;
import com.breachdesk.handover.ExportOptions;
import com.breachdesk.handover.RosterCsvExporter;
import com.breachdesk.obligations.Assessor;
import com.breachdesk.report.RenderedReport;
import com.breachdesk.report.ReportAssembler;
import com.breachdesk.report.ReportRequest;
import com.breachdesk.report.ReportVariant;
import com.breachdesk.report.TimelineReports;
import com.breachdesk.report.pdf.PdfReportWriter;
import com.breachdesk.rosterimport.CsvFormat;
import com.breachdesk.rosterimport.FormatDetector;
import com.breachdesk.rosterimport.ImportListener;
import com.breachdesk.rosterimport.MappingSuggester;
import com.breachdesk.rosterimport.RosterPreview;
import com.breachdesk.rules.RulePackLoader;
import com.breachdesk.session.CaseSession;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.timeline.TimelineKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Issue 6 benchmark: the timeline report and handing the case over. On the demo case with 500 extra timeline entries
 * it times the full report and the one-page status (first run in the JVM and warm median of 5); on the same case with
 * a generated roster of each size it times the CSV export, the JSON export with the roster, and import-json of it.
 * Run: {@code mvn -q -B -Pbench test-compile exec:exec -Dbench.main=com.breachdesk.bench.HandoverBench
 * -Dbench.heap=-Xmx512m -Dbench.args="100000 1000000"}.
 */
public final class HandoverBench {

    private HandoverBench() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {100_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path work = Files.createTempDirectory("handover-bench");
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
        System.out.printf(Locale.ROOT, "max heap %d MB, %d processors, load average %.2f%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), load());
        Assessor assessor = new Assessor(new RulePackLoader().loadShipped(), new HolidayCalendars(), clock);
        try (CaseSession s = DemoCase.create(work.resolve("demo.breachcase"), "bench", clock)) {
            for (int i = 0; i < 500; i++) {
                s.timeline().add(new MomentInZone(clock.instant().minus(Duration.ofMinutes(5L * i)), ZoneId.of("Europe/Kyiv")),
                        TimelineKind.NOTE, "Forensics note " + i + ": host reviewed, logs preserved, no further access seen.",
                        OptionalLong.empty());
            }
            report(s, assessor, clock, ReportVariant.FULL);
            report(s, assessor, clock, ReportVariant.STATUS);
            for (int people : sizes) {
                handover(work, s, clock, people);
            }
        }
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void report(CaseSession s, Assessor assessor, Clock clock, ReportVariant variant) {
        ReportRequest request = new ReportRequest(clock.instant(), variant, false);
        long t0 = System.nanoTime();
        PdfReportWriter writer = new PdfReportWriter();
        TimelineReports reports = new TimelineReports(new ReportAssembler(), writer);
        RenderedReport first = reports.generate(s, assessor, request);
        double cold = ms(System.nanoTime() - t0);
        double[] warm = new double[5];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            reports.generate(s, assessor, request);
            warm[i] = ms(System.nanoTime() - t);
        }
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "report %s: %d pages, %,d bytes; first %.0f ms (incl. font load), warm median %.0f ms%n",
                variant.id(), first.pages(), first.pdf().length, cold, warm[2]);
    }

    private static void handover(Path work, CaseSession demo, Clock clock, int people) throws Exception {
        Path csv = work.resolve("roster-" + people + ".csv");
        RosterGenerator.write(csv, people);
        Path caseFile = work.resolve("case-" + people + ".breachcase");
        Files.copy(demo.path(), caseFile);
        try (CaseSession s = CaseSession.open(caseFile, "bench", clock)) {
            CsvFormat format = FormatDetector.detect(csv, Optional.empty(), Optional.empty());
            s.rosterImporter().importFile(csv, format, MappingSuggester.suggest(RosterPreview.header(csv, format)),
                    ImportListener.NONE);
            long inRoster = s.roster().summary().people();
            System.out.printf(Locale.ROOT, "%n== %,d roster rows -> %,d people, load average %.2f ==%n", people, inRoster, load());

            Path out = work.resolve("people-" + people + ".csv");
            for (String run : new String[] {"first", "again"}) {
                long t = System.nanoTime();
                long written = new RosterCsvExporter().export(s.roster(), out);
                double csvSeconds = secs(System.nanoTime() - t);
                System.out.printf(Locale.ROOT, "roster CSV export (%s): %.2f s (%,.0f people/s), %.1f MB%n", run,
                        csvSeconds, written / csvSeconds, Files.size(out) / 1e6);
            }

            Path json = work.resolve("case-" + people + ".json");
            long t = System.nanoTime();
            CaseJsonExporter.standard().export(s, new ExportOptions(true, true), json, clock);
            double exportSeconds = secs(System.nanoTime() - t);
            System.out.printf(Locale.ROOT, "JSON export with roster: %.2f s (%,.0f people/s), %.1f MB%n", exportSeconds,
                    inRoster / exportSeconds, Files.size(json) / 1e6);

            Path copy = work.resolve("copy-" + people + ".breachcase");
            t = System.nanoTime();
            CaseJsonImporter.standard().importCase(json, copy, "bench", clock);
            double importSeconds = secs(System.nanoTime() - t);
            System.out.printf(Locale.ROOT, "import-json: %.2f s (%,.0f people/s)%n", importSeconds, inRoster / importSeconds);
            t = System.nanoTime();
            try (CaseSession recreated = CaseSession.open(copy, "bench", clock)) {
                boolean intact = recreated.verifyAudit().intact();
                System.out.printf(Locale.ROOT, "recreated case: %,d people, audit %s (verify %.2f s)%n",
                        recreated.roster().summary().people(), intact ? "intact" : "BROKEN", secs(System.nanoTime() - t));
            }
        }
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double secs(long nanos) {
        return nanos / 1e9;
    }
}
