package com.breachdesk.cli;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.demo.DemoCase;
import com.breachdesk.incident.IncidentField;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.session.CaseSession;
import com.breachdesk.session.DefaultProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "new", description = "Create a case file (with the demo incident when --demo is given).")
final class NewCommand implements Callable<Integer> {

    @ParentCommand
    BreachdeskCli cli;

    @Parameters(index = "0", paramLabel = "FILE", description = "The case file to create (e.g. incident.breachcase).")
    Path file;

    @Option(names = "--title", paramLabel = "T", description = "Incident title (required unless --demo).")
    String title;

    @Option(names = "--demo", description = "Fill the case with the SMART-POINT demo incident.")
    boolean demo;

    @Override
    public Integer call() throws CaseFileRefusedException {
        if (!demo && (title == null || title.isBlank())) {
            throw new IllegalArgumentException("--title is required (or use --demo)");
        }
        CaseSession session;
        if (demo) {
            session = DemoCase.create(file, cli.actor(), cli.clock, cli.verifiedFiles());
        } else {
            OrganizationProfile profile = DefaultProfiles.fromPreferences(cli.preferences.load());
            session = CaseSession.create(file, title, profile, cli.actor(), cli.clock, cli.verifiedFiles());
        }
        try (session) {
            if (demo && title != null && !title.isBlank()) {
                session.incident().set(IncidentField.TITLE, title.strip());
            }
            JsonOutput.print(cli.out(), CaseSummaries.info(session));
        }
        return 0;
    }
}
