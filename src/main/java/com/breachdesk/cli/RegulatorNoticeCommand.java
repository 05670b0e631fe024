package com.breachdesk.cli;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.deadline.Obligation;
import com.breachdesk.deadline.ObligationStatus;
import com.breachdesk.letters.batch.BatchKind;
import com.breachdesk.letters.batch.CsvRecipients;
import com.breachdesk.letters.batch.RegulatorNoticeWriter;
import com.breachdesk.letters.data.CaseFacts;
import com.breachdesk.letters.data.NoticeObligation;
import com.breachdesk.letters.data.NoticeObligations;
import com.breachdesk.letters.pdf.PdfLetterRenderer;
import com.breachdesk.letters.template.Audience;
import com.breachdesk.letters.template.LetterTemplate;
import com.breachdesk.letters.template.TemplateChoice;
import com.breachdesk.letters.template.TemplateSelector;
import com.breachdesk.obligations.Assessment;
import com.breachdesk.population.AffectedPopulation;
import com.breachdesk.session.CaseSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "regulator-notice", description = "Write the notice one obligation asks for (to a supervisory "
        + "authority, CSIRT or Attorney General) as the rules engine evaluated it for the case (authority, deadline), "
        + "as a PDF recorded in the case.")
final class RegulatorNoticeCommand implements Callable<Integer> {

    @ParentCommand
    BreachdeskCli cli;

    @Parameters(index = "0", paramLabel = "CASE")
    Path file;

    @Option(names = "--obligation", required = true, paramLabel = "RULE_ID", description = "e.g. eu-eprivacy-611-initial")
    String ruleId;

    @Option(names = "--out", required = true, paramLabel = "file.pdf")
    Path out;

    @Option(names = {"--jurisdiction", "--authority"}, paramLabel = "J",
            description = "When the rule was evaluated for several jurisdictions (an EU rule in each member state): which one.")
    String jurisdiction;

    @Option(names = "--template", paramLabel = "ID", description = "Use this template instead of the one chosen.")
    String template;

    @Option(names = "--recipients", paramLabel = "FILE.csv",
            description = "Mailing file to count affected people from, when the case has no roster or estimates.")
    Path recipients;

    @Option(names = "--voluntary", description = "Write the notice although the evaluation finds it not required.")
    boolean voluntary;

    @Option(names = "--final", description = "A final notice (needs an approved template); default: DRAFT-stamped.")
    boolean finalNotice;

    @Override
    public Integer call() throws CaseFileRefusedException, IOException {
        LetterWiring wiring = new LetterWiring(cli);
        wiring.reportProblems(cli.err());
        try (CaseSession session = cli.open(file);
             PdfLetterRenderer renderer = new PdfLetterRenderer()) {
            AffectedPopulation fallback = null;
            if (recipients != null) {
                try (CsvRecipients people = CsvRecipients.open(recipients)) {
                    fallback = people.population();
                }
            }
            AffectedPopulation population = session.letterPopulation(fallback);
            Assessment assessment = session.assessForLetters(wiring.assessor(), population);
            Obligation evaluated = choose(assessment);
            NoticeObligation obligation = NoticeObligations.of(evaluated);
            CaseFacts facts = session.letters().facts(population);
            LetterTemplate t;
            String why;
            if (template != null) {
                t = wiring.catalog.require(template);
                why = "chosen by the user";
            } else {
                TemplateChoice choice = new TemplateSelector(wiring.catalog).choose(obligation.jurisdiction(), "en",
                        Audience.forRecipientType(obligation.recipientType()), Set.of(ruleId));
                t = choice.template().filter(x -> choice.complete()).orElseThrow(() -> new IllegalArgumentException(
                        "No template was reviewed against " + ruleId + " (" + choice.explanation()
                                + "); pass --template to use another one"));
                why = choice.explanation();
            }
            RegulatorNoticeWriter.Written written = new RegulatorNoticeWriter(renderer, session.letters().store(),
                    LetterWiring.data(facts), wiring.composer(facts), session.review().approvalCheck(), cli.clock)
                    .write(t, obligation, finalNotice ? BatchKind.FINAL : BatchKind.DRAFT, out);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", written.file().toString());
            m.put("obligation", obligation.ruleId());
            m.put("jurisdiction", obligation.jurisdiction());
            m.put("status", evaluated.status().id());
            m.put("due", evaluated.due() == null ? null : evaluated.due().toString());
            m.put("authority", obligation.authorityName() != null ? obligation.authorityName() : obligation.recipientName());
            m.put("template", written.templateLabel());
            m.put("why", why);
            m.put("pages", written.pages());
            m.put("sha256", written.sha256());
            JsonOutput.print(cli.out(), m);
        }
        return 0;
    }

    /** The evaluated obligation the notice is for: by rule id, and jurisdiction when the rule was evaluated in several. */
    private Obligation choose(Assessment assessment) {
        List<Obligation> found = assessment.obligations().stream().filter(o -> o.key().ruleId().equals(ruleId)).toList();
        if (found.isEmpty()) {
            throw new IllegalArgumentException("The case's evaluation has no obligation " + ruleId + " (no affected people "
                    + "where it applies, or no such rule). See: breachdesk assess CASE");
        }
        List<Obligation> chosen = found;
        if (jurisdiction != null) {
            String j = jurisdiction.strip().toUpperCase(Locale.ROOT);
            chosen = found.stream().filter(o -> o.jurisdiction().equals(j)).toList();
            if (chosen.isEmpty()) {
                throw new IllegalArgumentException(ruleId + " was evaluated for " + jurisdictions(found) + ", not " + j);
            }
        } else if (found.size() > 1) {
            throw new IllegalArgumentException(ruleId + " was evaluated for " + jurisdictions(found)
                    + ": choose one with --jurisdiction");
        }
        Obligation o = chosen.get(0);
        if (o.status() == ObligationStatus.NEEDS_INFORMATION) {
            throw new IllegalArgumentException(ruleId + " in " + o.jurisdiction() + " needs information first: "
                    + String.join("; ", o.missing()));
        }
        if (o.status() == ObligationStatus.NOT_REQUIRED && !voluntary) {
            throw new IllegalArgumentException(ruleId + " in " + o.jurisdiction() + " is not required ("
                    + o.reasons().stream().findFirst().orElse("see breachdesk assess") + "); pass --voluntary to write it anyway");
        }
        return o;
    }

    private static String jurisdictions(List<Obligation> found) {
        return String.join(", ", found.stream().map(Obligation::jurisdiction).toList());
    }
}
