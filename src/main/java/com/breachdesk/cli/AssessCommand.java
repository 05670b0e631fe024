package com.breachdesk.cli;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.obligations.Assessment;
import com.breachdesk.obligations.Assessor;
import com.breachdesk.obligations.Scenario;
import com.breachdesk.session.CaseSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "assess", description = "Which notices the breach requires, to whom and by when, with the risk assessment. "
        + "Give a case file (the result is stored in it) or --scenario FILE.json (nothing is stored).")
final class AssessCommand implements Callable<Integer> {

    @ParentCommand
    BreachdeskCli cli;

    @Parameters(index = "0", paramLabel = "CASE", arity = "0..1", description = "The case file to assess.")
    Path caseFile;

    @Option(names = "--scenario", paramLabel = "FILE", description = "A scenario JSON file (see README \"CLI\").")
    Path scenario;

    @Override
    public Integer call() throws CaseFileRefusedException {
        if ((caseFile == null) == (scenario == null)) {
            throw new IllegalArgumentException("Give either a case file or --scenario FILE.json");
        }
        Assessor assessor = new Assessor(cli.rulePack(), cli.holidays(), cli.clock);
        Assessment assessment;
        if (scenario != null) {
            String text;
            try {
                text = Files.readString(scenario, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read " + scenario + ": " + e.getMessage(), e);
            }
            assessment = assessor.assess(Scenario.parse(text));
        } else {
            try (CaseSession session = cli.open(caseFile)) {
                assessment = session.assessments(assessor).assessAndStore();
            }
        }
        JsonOutput.print(cli.out(), AssessmentJson.assessment(assessment));
        return 0;
    }
}
