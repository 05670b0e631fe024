package com.breachdesk.cli;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.handover.CaseJsonExporter;
import com.breachdesk.handover.ExportOptions;
import com.breachdesk.session.CaseSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "export", description = "Write the whole case as JSON for outside counsel or an insurer "
        + "(docs/case-json-schema.md). The roster and privileged material only on request.")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    BreachdeskCli cli;

    @Parameters(index = "0", paramLabel = "CASE")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSON file to write.")
    Path out;

    @Option(names = "--include-roster", description = "Include the affected people (names, contact details).")
    boolean includeRoster;

    @Option(names = "--include-privileged", description = "Include material under legal privilege.")
    boolean includePrivileged;

    @Override
    public Integer call() throws CaseFileRefusedException {
        long started = System.nanoTime();
        CaseJsonExporter.Result result;
        try (CaseSession session = cli.open(file)) {
            result = CaseJsonExporter.standard().export(session, new ExportOptions(includeRoster, includePrivileged), out,
                    cli.clock);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", result.file().toString());
        json.put("excluded", new java.util.TreeMap<>(result.excluded()));
        json.put("seconds", (System.nanoTime() - started) / 1e9);
        JsonOutput.print(cli.out(), json);
        return 0;
    }
}
