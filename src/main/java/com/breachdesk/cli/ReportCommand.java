package com.breachdesk.cli;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.obligations.Assessor;
import com.breachdesk.report.RenderedReport;
import com.breachdesk.report.ReportAssembler;
import com.breachdesk.report.ReportRequest;
import com.breachdesk.report.ReportVariant;
import com.breachdesk.report.TimelineReports;
import com.breachdesk.report.pdf.PdfReportWriter;
import com.breachdesk.session.CaseSession;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.vocabulary.Coded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "report", description = "Write the manager's timeline report (or the one-page status) as a PDF, "
        + "with statuses as they stood at --as-of (default: now).")
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    BreachdeskCli cli;

    @Parameters(index = "0", paramLabel = "CASE")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF to write.")
    Path out;

    @Option(names = "--as-of", paramLabel = "ISO", description = "The moment the report is as of, ISO-8601 with offset.")
    String asOf;

    @Option(names = "--variant", paramLabel = "V", defaultValue = "full", description = "full or status (one page).")
    String variant;

    @Option(names = "--include-privileged", description = "Include timeline entries under legal privilege (marked).")
    boolean includePrivileged;

    @Override
    public Integer call() throws Exception {
        Instant when = asOf == null ? cli.clock.instant() : MomentInZone.parseIso(asOf).instant();
        ReportVariant v = Coded.parse(ReportVariant.class, variant);
        Assessor assessor = new Assessor(cli.rulePack(), cli.holidays(), cli.clock);
        long started = System.nanoTime();
        RenderedReport report;
        try (CaseSession session = cli.open(file)) {
            report = new TimelineReports(new ReportAssembler(), new PdfReportWriter())
                    .generate(session, assessor, new ReportRequest(when, v, includePrivileged));
        }
        TimelineReports.save(report, out);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", out.toAbsolutePath().toString());
        result.put("variant", v.id());
        result.put("as_of", when.toString());
        result.put("pages", report.pages());
        result.put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(report.pdf())));
        result.put("include_privileged", includePrivileged);
        result.put("seconds", (System.nanoTime() - started) / 1e9);
        JsonOutput.print(cli.out(), result);
        return 0;
    }
}
