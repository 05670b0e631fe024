package com.breachdesk.cli;

import com.breachdesk.letters.compose.LetterComposer;
import com.breachdesk.letters.data.CaseFacts;
import com.breachdesk.letters.data.LetterDataBuilder;
import com.breachdesk.letters.data.ShippedRuleCatalog;
import com.breachdesk.letters.template.TemplateCatalog;

import java.io.PrintWriter;
import java.time.LocalDate;

/** What the letter commands share: the template catalog (with the user's folder) and the rule pack. */
final class LetterWiring {

    final TemplateCatalog catalog;
    final ShippedRuleCatalog rules;

    LetterWiring(BreachdeskCli cli) {
        this.catalog = TemplateCatalog.load(cli.preferences.directory().resolve("templates"));
        this.rules = ShippedRuleCatalog.load(LocalDate.now(cli.clock));
    }

    /** User templates that did not load are reported, not fatal. */
    void reportProblems(PrintWriter err) {
        for (String p : catalog.problems()) {
            err.println("warning: template left out: " + p);
        }
    }

    LetterComposer composer(CaseFacts facts) {
        return new LetterComposer(facts.organization(), rules.fingerprint());
    }

    static LetterDataBuilder data(CaseFacts facts) {
        return new LetterDataBuilder(facts);
    }
}
