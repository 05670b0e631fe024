package com.breachdesk.cli;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.session.CaseSession;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.timeline.TimelineEntry;
import com.breachdesk.timeline.TimelineKind;
import com.breachdesk.vocabulary.Coded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

@Command(name = "timeline", description = "Add to or list the incident timeline.",
        subcommands = {TimelineCommand.Add.class, TimelineCommand.ListEntries.class})
final class TimelineCommand {

    @ParentCommand
    BreachdeskCli cli;

    @Command(name = "add", description = "Append a timeline entry (entries are never edited; use --corrects).")
    static final class Add implements Callable<Integer> {

        @ParentCommand
        TimelineCommand parent;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = "--at", required = true, paramLabel = "ISO",
                description = "When it happened, ISO-8601 with offset or zone, e.g. 2026-03-02T14:00+02:00[Europe/Kyiv]")
        String at;

        @Option(names = "--kind", required = true, paramLabel = "K",
                description = "detection, containment, decision, notification, communication or note")
        String kind;

        @Option(names = "--text", required = true, paramLabel = "T")
        String text;

        @Option(names = "--corrects", paramLabel = "ID", description = "Id of the entry this one corrects.")
        Long corrects;

        @Option(names = "--privileged", description = "Under legal privilege: left out of reports and exports unless included.")
        boolean privileged;

        @Override
        public Integer call() throws CaseFileRefusedException {
            MomentInZone eventAt = MomentInZone.parseIso(at);
            TimelineKind k = Coded.parse(TimelineKind.class, kind);
            BreachdeskCli cli = parent.cli;
            try (CaseSession session = cli.open(file)) {
                TimelineEntry entry = session.timeline().add(eventAt, k, text,
                        corrects == null ? OptionalLong.empty() : OptionalLong.of(corrects), privileged);
                JsonOutput.print(cli.out(), CaseSummaries.timelineEntry(entry));
            }
            return 0;
        }
    }

    @Command(name = "list", description = "Print the timeline in event order as JSON.")
    static final class ListEntries implements Callable<Integer> {

        @ParentCommand
        TimelineCommand parent;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = "--kind", paramLabel = "K", description = "Only entries of this kind.")
        String kind;

        @Override
        public Integer call() throws CaseFileRefusedException {
            TimelineKind only = kind == null ? null : Coded.parse(TimelineKind.class, kind);
            BreachdeskCli cli = parent.cli;
            try (CaseSession session = cli.open(file)) {
                List<Object> out = session.timeline().chronological().stream()
                        .filter(e -> only == null || e.kind() == only)
                        .map(e -> (Object) CaseSummaries.timelineEntry(e)).toList();
                JsonOutput.print(cli.out(), out);
            }
            return 0;
        }
    }
}
