package com.breachdesk.cli;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.session.CaseSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "notice-facts", description = "Show or change the notice facts letters print (likely consequences, "
        + "advice, the authority's reference, ...). KEY@uk holds the Ukrainian wording. Prints all facts as JSON.")
final class NoticeFactsCommand implements Callable<Integer> {

    @ParentCommand
    BreachdeskCli cli;

    @Parameters(index = "0", paramLabel = "CASE")
    Path file;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Set a fact (repeatable).")
    List<String> set = List.of();

    @Option(names = "--unset", paramLabel = "KEY", description = "Remove a fact (repeatable).")
    List<String> unset = List.of();

    @Override
    public Integer call() throws CaseFileRefusedException {
        Map<String, String> changes = new LinkedHashMap<>();
        for (String s : set) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--set needs KEY=VALUE, not '" + s + "'");
            }
            changes.put(s.substring(0, eq).strip(), s.substring(eq + 1));
        }
        for (String key : unset) {
            changes.put(key.strip(), null);
        }
        try (CaseSession session = CaseSession.open(file, cli.actor(), cli.clock)) {
            Map<String, String> facts = changes.isEmpty() ? session.letters().noticeFacts().load()
                    : session.letters().noticeFacts().set(changes);
            JsonOutput.print(cli.out(), facts);
        }
        return 0;
    }
}
