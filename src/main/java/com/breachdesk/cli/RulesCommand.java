package com.breachdesk.cli;

import com.breachdesk.rules.Rule;
import com.breachdesk.rules.RulePack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "rules", description = "Browse the rule pack (shipped rules plus the user's rules folder).",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Show.class})
final class RulesCommand {

    @ParentCommand
    BreachdeskCli cli;

    @Command(name = "list", description = "Every rule version: id, jurisdiction, recipient, time limit, validity, confidence, status.")
    static final class ListRules implements Callable<Integer> {

        @ParentCommand
        RulesCommand parent;

        @Option(names = "--jurisdiction", paramLabel = "CODE", description = "Only rules of this jurisdiction (e.g. US-CA, EU).")
        String jurisdiction;

        @Override
        public Integer call() {
            RulePack pack = parent.cli.rulePack();
            List<Map<String, Object>> rules = pack.rules().stream()
                    .filter(r -> jurisdiction == null || r.jurisdiction().equalsIgnoreCase(jurisdiction))
                    .map(AssessmentJson::ruleSummary).toList();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("rule_pack", Map.of("version", pack.version()));
            out.put("user_files", pack.userFiles());
            out.put("overridden", pack.overridden());
            out.put("rules", rules);
            JsonOutput.print(parent.cli.out(), out);
            return 0;
        }
    }

    @Command(name = "show", description = "One rule in full (every version, oldest first), with citation, source and notes.")
    static final class Show implements Callable<Integer> {

        @ParentCommand
        RulesCommand parent;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            RulePack pack = parent.cli.rulePack();
            List<Rule> versions = pack.versions(id.strip().toLowerCase(Locale.ROOT));
            if (versions.isEmpty()) {
                throw new IllegalArgumentException("There is no rule '" + id + "'. See: breachdesk rules list");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("rule_pack", Map.of("version", pack.version()));
            out.put("versions", versions.stream().map(AssessmentJson::rule).toList());
            JsonOutput.print(parent.cli.out(), out);
            return 0;
        }
    }
}
