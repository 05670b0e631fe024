package com.breachdesk.cli;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.obligations.Jurisdictions;
import com.breachdesk.session.CaseSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "estimate", description = "Estimated affected people per jurisdiction, before a roster exists (audited).",
        subcommands = EstimateCommand.Set.class)
final class EstimateCommand {

    @ParentCommand
    BreachdeskCli cli;

    @Command(name = "set", description = "Set the estimated count for one jurisdiction (0 removes it).")
    static final class Set implements Callable<Integer> {

        @ParentCommand
        EstimateCommand parent;

        @Parameters(index = "0", paramLabel = "CASE")
        Path file;

        @Parameters(index = "1", paramLabel = "JURISDICTION", description = "ISO 3166 code, e.g. PL or US-CA.")
        String jurisdiction;

        @Parameters(index = "2", paramLabel = "COUNT")
        String count;

        @Override
        public Integer call() throws CaseFileRefusedException {
            String j = Jurisdictions.normalize(jurisdiction, "");
            long n;
            try {
                n = Long.parseLong(count.replace(",", "").replace("_", "").strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + count + "' is not a whole number", e);
            }
            BreachdeskCli cli = parent.cli;
            try (CaseSession session = cli.open(file)) {
                JsonOutput.print(cli.out(), Map.of("estimates", session.estimates().set(j, n)));
            }
            return 0;
        }
    }
}
