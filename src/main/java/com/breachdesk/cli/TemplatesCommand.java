package com.breachdesk.cli;

import com.breachdesk.letters.template.LetterTemplate;
import com.breachdesk.letters.template.TemplateHeader;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "templates", description = "List the letter templates (shipped, and the user's own) as JSON.")
final class TemplatesCommand implements Callable<Integer> {

    @ParentCommand
    BreachdeskCli cli;

    @Override
    public Integer call() {
        LetterWiring wiring = new LetterWiring(cli);
        wiring.reportProblems(cli.err());
        List<Map<String, Object>> out = new ArrayList<>();
        for (LetterTemplate t : wiring.catalog.all()) {
            TemplateHeader h = t.header();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", h.id());
            m.put("version", h.version());
            m.put("audience", h.audience().id());
            m.put("jurisdictions", h.jurisdictions());
            m.put("language", h.language());
            m.put("title", h.title());
            m.put("satisfies", h.satisfies());
            m.put("origin", t.origin().name().toLowerCase(java.util.Locale.ROOT));
            m.put("last_reviewed", h.lastReviewed());
            out.add(m);
        }
        JsonOutput.print(cli.out(), out);
        return 0;
    }
}
