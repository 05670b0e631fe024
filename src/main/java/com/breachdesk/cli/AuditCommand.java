package com.breachdesk.cli;

import com.breachdesk.audit.AuditVerification;
import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.session.CaseSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "audit", description = "Inspect and verify the audit trail.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.ListEntries.class})
final class AuditCommand {

    @ParentCommand
    BreachdeskCli cli;

    @Command(name = "verify", description = "Check the hash chain and that the case data matches it. "
            + "Exit 0 when intact, 1 with the first broken entry when not.")
    static final class Verify implements Callable<Integer> {

        @ParentCommand
        AuditCommand parent;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws CaseFileRefusedException {
            BreachdeskCli cli = parent.cli;
            try (CaseSession session = CaseSession.open(file, cli.actor(), cli.clock)) { // full integrity check
                AuditVerification v = session.verifyAudit();
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("intact", v.intact());
                out.put("entries", v.entriesChecked());
                out.put("first_broken_entry", v.firstBrokenSeq().isPresent() ? v.firstBrokenSeq().getAsLong() : null);
                out.put("problem", v.problem());
                JsonOutput.print(cli.out(), out);
                if (!v.intact()) {
                    cli.err().println("audit trail broken at entry " + v.firstBrokenSeq().getAsLong() + ": " + v.problem());
                    return BreachdeskCli.EXIT_CHECK_FAILED;
                }
            }
            return 0;
        }
    }

    @Command(name = "list", description = "Print the audit trail as JSON, oldest first.")
    static final class ListEntries implements Callable<Integer> {

        @ParentCommand
        AuditCommand parent;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws CaseFileRefusedException {
            BreachdeskCli cli = parent.cli;
            try (CaseSession session = cli.open(file)) {
                JsonOutput.print(cli.out(), session.allAudit().stream().map(CaseSummaries::auditEntry).toList());
            }
            return 0;
        }
    }
}
