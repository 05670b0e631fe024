package com.breachdesk.cli;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.handover.CaseJsonImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "import-json", description = "Recreate a case from a JSON export in a new case file. A damaged or "
        + "altered export is refused and nothing is written (exit 2).")
final class ImportJsonCommand implements Callable<Integer> {

    @ParentCommand
    BreachdeskCli cli;

    @Parameters(index = "0", paramLabel = "JSON")
    Path json;

    @Option(names = "--out", required = true, paramLabel = "CASE", description = "The case file to create.")
    Path out;

    @Override
    public Integer call() throws CaseFileRefusedException {
        CaseJsonImporter.Result result = CaseJsonImporter.standard().importCase(json, out, cli.actor(), cli.clock);
        Map<String, Object> printed = new LinkedHashMap<>();
        printed.put("case", result.file().toString());
        printed.put("case_id", result.caseId());
        printed.put("imported_from", result.sourceCaseId());
        printed.put("excluded_in_source", new java.util.TreeMap<>(result.excludedInSource()));
        JsonOutput.print(cli.out(), printed);
        return 0;
    }
}
