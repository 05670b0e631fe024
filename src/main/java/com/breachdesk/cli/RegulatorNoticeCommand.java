package com.breachdesk.cli;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.letters.batch.BatchKind;
import com.breachdesk.letters.batch.CsvRecipients;
import com.breachdesk.letters.batch.RegulatorNoticeWriter;
import com.breachdesk.letters.data.CaseFacts;
import com.breachdesk.letters.data.NoticeObligation;
import com.breachdesk.letters.pdf.PdfLetterRenderer;
import com.breachdesk.letters.template.Audience;
import com.breachdesk.letters.template.LetterTemplate;
import com.breachdesk.letters.template.TemplateChoice;
import com.breachdesk.letters.template.TemplateSelector;
import com.breachdesk.population.AffectedPopulation;
import com.breachdesk.session.CaseSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "regulator-notice", description = "Write the notice one obligation of the rule pack asks for (to a "
        + "supervisory authority, CSIRT or Attorney General) from the case, as a PDF recorded in the case.")
final class RegulatorNoticeCommand implements Callable<Integer> {

    @ParentCommand
    BreachdeskCli cli;

    @Parameters(index = "0", paramLabel = "CASE")
    Path file;

    @Option(names = "--obligation", required = true, paramLabel = "RULE_ID", description = "e.g. eu-gdpr-art33-sa")
    String ruleId;

    @Option(names = "--out", required = true, paramLabel = "file.pdf")
    Path out;

    @Option(names = "--authority", paramLabel = "STATE",
            description = "For EU/EEA-wide rules: the member state whose authority receives it (default: the EU main establishment).")
    String authority;

    @Option(names = "--jurisdiction", paramLabel = "J",
            description = "For US-wide templates: the state the notice is about (default: the rule's jurisdiction).")
    String jurisdiction;

    @Option(names = "--template", paramLabel = "ID", description = "Use this template instead of the one chosen.")
    String template;

    @Option(names = "--recipients", paramLabel = "FILE.csv", description = "Mailing file to count affected people from.")
    Path recipients;

    @Option(names = "--final", description = "A final notice (needs an approved template); default: DRAFT-stamped.")
    boolean finalNotice;

    @Override
    public Integer call() throws CaseFileRefusedException, IOException {
        LetterWiring wiring = new LetterWiring(cli);
        wiring.reportProblems(cli.err());
        NoticeObligation obligation = wiring.rules.find(ruleId).orElseThrow(() ->
                new IllegalArgumentException("No rule '" + ruleId + "' in the rule pack"));
        try (CaseSession session = CaseSession.open(file, cli.actor(), cli.clock);
             PdfLetterRenderer renderer = new PdfLetterRenderer()) {
            AffectedPopulation population = AffectedPopulation.none();
            if (recipients != null) {
                try (CsvRecipients people = CsvRecipients.open(recipients)) {
                    population = people.population();
                }
            }
            CaseFacts facts = session.letters().facts(population);
            if (!obligation.authoritiesByState().isEmpty()) {
                String state = authority != null ? authority.toUpperCase(java.util.Locale.ROOT)
                        : facts.organization().euMainEstablishment().orElseThrow(() -> new IllegalArgumentException(
                        ruleId + " names one authority per member state: choose one with --authority"));
                obligation = obligation.forState(state).orElseThrow(() -> new IllegalArgumentException(
                        ruleId + " names no authority for '" + state + "'"));
            }
            String where = jurisdiction != null ? jurisdiction.toUpperCase(java.util.Locale.ROOT) : obligation.jurisdiction();
            if (jurisdiction != null) {
                obligation = new NoticeObligation(obligation.ruleId(), obligation.version(), where, obligation.regime(),
                        obligation.title(), obligation.recipientType(), obligation.recipientName(), obligation.phase(),
                        obligation.citation(), obligation.authorityName(), obligation.authorityUrl(), Map.of(),
                        obligation.deadlineText(), obligation.contentRequirements(), obligation.required(),
                        obligation.inForce(), obligation.sectors());
            }
            LetterTemplate t;
            String why;
            if (template != null) {
                t = wiring.catalog.require(template);
                why = "chosen by the user";
            } else {
                TemplateChoice choice = new TemplateSelector(wiring.catalog).choose(where, "en",
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
            m.put("authority", obligation.authorityName() != null ? obligation.authorityName() : obligation.recipientName());
            m.put("template", written.templateLabel());
            m.put("why", why);
            m.put("pages", written.pages());
            m.put("sha256", written.sha256());
            JsonOutput.print(cli.out(), m);
        }
        return 0;
    }
}
