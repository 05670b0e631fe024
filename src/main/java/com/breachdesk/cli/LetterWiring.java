package com.breachdesk.cli;

import com.breachdesk.letters.compose.LetterComposer;
import com.breachdesk.letters.data.CaseFacts;
import com.breachdesk.letters.data.LetterDataBuilder;
import com.breachdesk.letters.data.RulePackCatalog;
import com.breachdesk.letters.template.TemplateCatalog;
import com.breachdesk.obligations.Assessor;

import java.io.PrintWriter;
import java.time.LocalDate;

/**
 * What the letter commands share: the template catalog (with the user's folder) and the rule pack the rules
 * engine uses (shipped plus the user's rules folder), read as letters need it.
 */
final class LetterWiring {

    private final BreachdeskCli cli;
    final TemplateCatalog catalog;
    private RulePackCatalog rules;

    LetterWiring(BreachdeskCli cli) {
        this.cli = cli;
        this.catalog = TemplateCatalog.load(cli.preferences.directory().resolve("templates"));
    }

    RulePackCatalog rules() {
        if (rules == null) {
            rules = RulePackCatalog.of(cli.rulePack(), LocalDate.now(cli.clock));
        }
        return rules;
    }

    Assessor assessor() {
        return new Assessor(cli.rulePack(), cli.holidays(), cli.clock);
    }

    /** User templates that did not load are reported, not fatal. */
    void reportProblems(PrintWriter err) {
        for (String p : catalog.problems()) {
            err.println("warning: template left out: " + p);
        }
    }

    LetterComposer composer(CaseFacts facts) {
        return new LetterComposer(facts.organization(), rules().fingerprint());
    }

    static LetterDataBuilder data(CaseFacts facts) {
        return new LetterDataBuilder(facts);
    }
}
