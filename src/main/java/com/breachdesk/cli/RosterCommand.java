package com.breachdesk.cli;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.handover.RosterCsvExporter;
import com.breachdesk.session.CaseSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "roster", description = "The affected people of a case.", subcommands = RosterCommand.Export.class)
final class RosterCommand {

    @ParentCommand
    BreachdeskCli cli;

    @Command(name = "export", description = "Write every person with jurisdiction and notification status as CSV "
            + "(UTF-8; cells that a spreadsheet would run as a formula are prefixed with ').")
    static final class Export implements Callable<Integer> {

        @ParentCommand
        RosterCommand parent;

        @Parameters(index = "0", paramLabel = "CASE")
        Path file;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write.")
        Path out;

        @Override
        public Integer call() throws CaseFileRefusedException {
            BreachdeskCli cli = parent.cli;
            long started = System.nanoTime();
            long people;
            try (CaseSession session = cli.open(file)) {
                people = new RosterCsvExporter().export(session.roster(), out);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", out.toAbsolutePath().toString());
            result.put("people", people);
            result.put("seconds", (System.nanoTime() - started) / 1e9);
            JsonOutput.print(cli.out(), result);
            return 0;
        }
    }
}
