package com.breachdesk.cli;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.session.CaseSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "info", description = "Print a case summary as JSON.")
final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    BreachdeskCli cli;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws CaseFileRefusedException {
        try (CaseSession session = cli.open(file)) {
            JsonOutput.print(cli.out(), CaseSummaries.info(session));
        }
        return 0;
    }
}
