package com.breachdesk.cli;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.incident.IncidentField;
import com.breachdesk.session.CaseSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "incident", description = "Change the incident record.", subcommands = IncidentCommand.Set.class)
final class IncidentCommand {

    @ParentCommand
    BreachdeskCli cli;

    @Command(name = "set", description = "Set one incident field (audited). Moments are ISO-8601 with an offset or zone; "
            + "lists are comma-separated ids; an empty VALUE clears the field.")
    static final class Set implements Callable<Integer> {

        @ParentCommand
        IncidentCommand parent;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Parameters(index = "1", paramLabel = "FIELD", description = "e.g. title, aware_at, data_categories")
        String field;

        @Parameters(index = "2", paramLabel = "VALUE", arity = "0..1", defaultValue = "")
        String value;

        @Override
        public Integer call() throws CaseFileRefusedException {
            IncidentField f = IncidentField.byColumn(field);
            String stored = f.normalize(value);
            BreachdeskCli cli = parent.cli;
            try (CaseSession session = cli.open(file)) {
                JsonOutput.print(cli.out(), CaseSummaries.incident(session.incident().set(f, stored)));
            }
            return 0;
        }
    }
}
