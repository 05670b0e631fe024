package com.breachdesk.cli;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.risk.AssessmentField;
import com.breachdesk.session.CaseSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "risk", description = "Risk factors, the GDPR Art. 95 decision and overrides of the computed risk (audited).",
        subcommands = RiskCommand.Set.class)
final class RiskCommand {

    @ParentCommand
    BreachdeskCli cli;

    @Command(name = "set", description = "Record risk factors or decisions, e.g. ease_of_identification limited, "
            + "ecomms_service_related no, override_level high (overrides need override_justification in the same call).")
    static final class Set implements Callable<Integer> {

        @ParentCommand
        RiskCommand parent;

        @Parameters(index = "0", paramLabel = "CASE")
        Path file;

        @Parameters(index = "1", arity = "1..*", paramLabel = "FIELD VALUE", description = "Pairs of field and value.")
        java.util.List<String> pairs;

        @Override
        public Integer call() throws CaseFileRefusedException {
            if (pairs.size() % 2 != 0) {
                throw new IllegalArgumentException("Give FIELD VALUE pairs");
            }
            Map<AssessmentField, String> values = new java.util.EnumMap<>(AssessmentField.class);
            for (int i = 0; i < pairs.size(); i += 2) {
                values.put(AssessmentField.byColumn(pairs.get(i)), pairs.get(i + 1));
            }
            BreachdeskCli cli = parent.cli;
            try (CaseSession session = cli.open(file)) {
                session.riskAssessment().setAll(values);
                JsonOutput.print(cli.out(), Map.of("stored", values.keySet().stream().map(AssessmentField::column).toList()));
            }
            return 0;
        }
    }
}
