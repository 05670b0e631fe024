package com.breachdesk.cli;

import com.breachdesk.calendar.DeadlineCalendar;
import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.obligations.Assessment;
import com.breachdesk.obligations.Assessor;
import com.breachdesk.obligations.Jurisdictions;
import com.breachdesk.session.CaseSession;
import com.breachdesk.time.MomentInZone;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "obligations", description = "Track the notices of a case: mark one done, export deadlines as a calendar.",
        subcommands = {ObligationsCommand.Done.class, ObligationsCommand.Ics.class})
final class ObligationsCommand {

    @ParentCommand
    BreachdeskCli cli;

    @Command(name = "done", description = "Mark a notice as given (audited): when, how, and the recipient's reference.")
    static final class Done implements Callable<Integer> {

        @ParentCommand
        ObligationsCommand parent;

        @Parameters(index = "0", paramLabel = "CASE")
        Path file;

        @Parameters(index = "1", paramLabel = "RULE_ID")
        String ruleId;

        @Option(names = "--jurisdiction", paramLabel = "CODE",
                description = "Where the rule applies (needed when it applies in several, e.g. each EU state).")
        String jurisdiction;

        @Option(names = "--at", required = true, paramLabel = "ISO", description = "When the notice was given, ISO-8601 with offset.")
        String at;

        @Option(names = "--channel", paramLabel = "C", description = "How it was given, e.g. portal, email, post.")
        String channel;

        @Option(names = "--reference", paramLabel = "R", description = "The recipient's reference, e.g. the regulator's case number.")
        String reference;

        @Override
        public Integer call() throws CaseFileRefusedException {
            BreachdeskCli cli = parent.cli;
            MomentInZone when = MomentInZone.parseIso(at);
            String rule = ruleId.strip().toLowerCase(Locale.ROOT);
            Assessor assessor = new Assessor(cli.rulePack(), cli.holidays(), cli.clock);
            try (CaseSession session = cli.open(file)) {
                var assessments = session.assessments(assessor);
                String where = jurisdiction != null ? Jurisdictions.normalize(jurisdiction, "--jurisdiction: ")
                        : onlyJurisdiction(assessments.preview(), rule);
                Assessment after = assessments.markDone(new ObligationKey(rule, where), when.instant(), channel, reference);
                Map<String, Object> out = new LinkedHashMap<>();
                after.obligations().stream().filter(o -> o.key().equals(new ObligationKey(rule, where))).findFirst()
                        .ifPresent(o -> out.put("obligation", AssessmentJson.obligation(o)));
                out.put("next_deadline", after.nextDeadline().map(o -> Map.of("rule_id", o.key().ruleId(),
                        "jurisdiction", o.jurisdiction(), "due", o.due().toString())).orElse(null));
                JsonOutput.print(cli.out(), out);
            }
            return 0;
        }

        private static String onlyJurisdiction(Assessment a, String rule) {
            var where = a.obligations().stream().filter(o -> o.key().ruleId().equals(rule)).map(o -> o.jurisdiction()).toList();
            if (where.isEmpty()) {
                throw new IllegalArgumentException("This case has no obligation " + rule + ". See: breachdesk assess CASE");
            }
            if (where.size() > 1) {
                throw new IllegalArgumentException(rule + " applies in " + String.join(", ", where) + ": add --jurisdiction");
            }
            return where.get(0);
        }
    }

    @Command(name = "ics", description = "Export the deadlines of required notices not yet done as an .ics calendar.")
    static final class Ics implements Callable<Integer> {

        @ParentCommand
        ObligationsCommand parent;

        @Parameters(index = "0", paramLabel = "CASE")
        Path file;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .ics file to write.")
        Path out;

        @Override
        public Integer call() throws CaseFileRefusedException {
            BreachdeskCli cli = parent.cli;
            Assessor assessor = new Assessor(cli.rulePack(), cli.holidays(), cli.clock);
            try (CaseSession session = cli.open(file)) {
                Assessment a = session.assessments(assessor).preview();
                String ics = new DeadlineCalendar().export(session.file().caseId(), session.incident().load().title(),
                        a.obligations(), cli.clock.instant());
                try {
                    Files.writeString(out, ics, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new IllegalArgumentException("Cannot write " + out + ": " + e.getMessage(), e);
                }
                long events = ics.lines().filter(l -> l.equals("BEGIN:VEVENT")).count();
                JsonOutput.print(cli.out(), Map.of("file", out.toString(), "events", events));
            }
            return 0;
        }
    }
}
