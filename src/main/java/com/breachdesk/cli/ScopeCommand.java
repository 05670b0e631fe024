package com.breachdesk.cli;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.roster.BulkFix;
import com.breachdesk.roster.PersonField;
import com.breachdesk.roster.ScopeSummary;
import com.breachdesk.session.CaseSession;
import com.breachdesk.vocabulary.Coded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "scope", description = "Print who is affected: people per jurisdiction and data category, unresolved, minors.",
        subcommands = {ScopeCommand.Fix.class, ScopeCommand.Unresolved.class})
final class ScopeCommand implements Callable<Integer> {

    @ParentCommand
    BreachdeskCli cli;

    // Optional to picocli only so that "scope fix ..." parses; call() requires it.
    @Parameters(index = "0", paramLabel = "CASE", arity = "0..1")
    Path caseFile;

    @Override
    public Integer call() throws CaseFileRefusedException {
        if (caseFile == null) {
            throw new IllegalArgumentException("Usage: scope CASE");
        }
        try (CaseSession session = cli.open(caseFile)) {
            JsonOutput.print(cli.out(), json(session.roster().summary()));
        }
        return 0;
    }

    static Map<String, Object> json(ScopeSummary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("people", s.people());
        out.put("unresolved", s.unresolved());
        out.put("minors", s.minorsUnder18());
        out.put("minors_under_16", s.minorsUnder16());
        out.put("minors_as_of", s.minorsAsOf().toString());
        List<Map<String, Object>> jurisdictions = new ArrayList<>();
        for (ScopeSummary.JurisdictionCount j : s.jurisdictions()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("jurisdiction", j.jurisdiction());
            row.put("people", j.people());
            Map<String, Long> categories = new LinkedHashMap<>();
            j.categories().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> categories.put(e.getKey().id(), e.getValue()));
            row.put("categories", categories);
            jurisdictions.add(row);
        }
        out.put("jurisdictions", jurisdictions);
        return out;
    }

    @Command(name = "fix", description = "Set the jurisdiction of every unresolved person whose country, region, city "
            + "or postal_code reads VALUE (audited), e.g. scope fix CASE --where country=Kyiv --set UA.")
    static final class Fix implements Callable<Integer> {

        @ParentCommand
        ScopeCommand parent;

        @Parameters(index = "0", paramLabel = "CASE")
        Path caseFile;

        @Option(names = "--where", required = true, paramLabel = "FIELD=VALUE")
        String where;

        @Option(names = "--set", required = true, paramLabel = "JURISDICTION", description = "e.g. UA, US-CA")
        String jurisdiction;

        @Option(names = "--include-resolved", description = "Also change people who already have a jurisdiction.")
        boolean includeResolved;

        @Override
        public Integer call() throws CaseFileRefusedException {
            int eq = where.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--where takes FIELD=VALUE, e.g. country=Kyiv");
            }
            PersonField field = Coded.parse(PersonField.class, where.substring(0, eq).strip());
            BulkFix fix = new BulkFix(field, where.substring(eq + 1), jurisdiction, includeResolved);
            BreachdeskCli cli = parent.cli;
            try (CaseSession session = cli.open(caseFile)) {
                int changed = session.roster().apply(fix);
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("fix", fix.describe());
                out.put("changed", changed);
                out.put("unresolved", session.roster().summary().unresolved());
                JsonOutput.print(cli.out(), out);
            }
            return 0;
        }
    }

    @Command(name = "unresolved", description = "The most common values of a field among unresolved people.")
    static final class Unresolved implements Callable<Integer> {

        @ParentCommand
        ScopeCommand parent;

        @Parameters(index = "0", paramLabel = "CASE")
        Path caseFile;

        @Option(names = "--by", defaultValue = "country", paramLabel = "FIELD", description = "country, region, city or postal_code")
        String by;

        @Option(names = "--limit", defaultValue = "50")
        int limit;

        @Override
        public Integer call() throws CaseFileRefusedException {
            PersonField field = Coded.parse(PersonField.class, by);
            BreachdeskCli cli = parent.cli;
            try (CaseSession session = cli.open(caseFile)) {
                JsonOutput.print(cli.out(), session.roster().unresolvedValues(field, limit));
            }
            return 0;
        }
    }
}
