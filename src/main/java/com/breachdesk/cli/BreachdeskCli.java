package com.breachdesk.cli;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.deadline.HolidayCalendars;
import com.breachdesk.casefile.VerifiedFiles;
import com.breachdesk.preferences.VerifiedCaseLedger;
import com.breachdesk.session.CaseSession;
import com.breachdesk.preferences.PreferencesStore;
import com.breachdesk.rules.RulePack;
import com.breachdesk.rules.RulePackLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code ./breachdesk}: the headless face of the same services the app uses. Results are JSON on
 * stdout, errors are one line on stderr; exit 0 = done, 1 = a check failed or something broke,
 * 2 = bad input (arguments, values, or a file that is not an openable case).
 */
@Command(name = "breachdesk", mixinStandardHelpOptions = true, versionProvider = BreachdeskCli.Version.class,
        description = "Breachdesk command line: case files, timeline, audit trail, rosters, rules and deadlines.",
        subcommands = {NewCommand.class, InfoCommand.class, IncidentCommand.class, TimelineCommand.class,
                AuditCommand.class, SealCommand.class, UnsealCommand.class, ImportCommand.class, ScopeCommand.class,
                AssessCommand.class, RulesCommand.class, ObligationsCommand.class, EstimateCommand.class,
                RiskCommand.class, TemplatesCommand.class, NoticeFactsCommand.class, LettersCommand.class,
                RenderCommand.class, RegulatorNoticeCommand.class, ReportCommand.class, ExportCommand.class,
                ImportJsonCommand.class, RosterCommand.class, ReviewCommand.class})
public final class BreachdeskCli {

    public static final int EXIT_CHECK_FAILED = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @Option(names = "--as", paramLabel = "NAME", scope = CommandLine.ScopeType.INHERIT,
            description = "Name recorded in the audit trail (default: preferences, else the OS user name).")
    String actor;

    final Clock clock;
    final PreferencesStore preferences;
    private final PrintWriter out;
    private final PrintWriter err;
    private RulePack rulePack;
    private final HolidayCalendars holidays = new HolidayCalendars();

    BreachdeskCli(Clock clock, PreferencesStore preferences, PrintWriter out, PrintWriter err) {
        this.clock = clock;
        this.preferences = preferences;
        this.out = out;
        this.err = err;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** The shipped pack plus the user's rules folder ({@code <preferences>/rules}), loaded once per run. */
    RulePack rulePack() {
        if (rulePack == null) {
            holidays.warmUp("US"); // US federal and state rules count business days; read it while the pack loads
            rulePack = new RulePackLoader().load(preferences.directory().resolve("rules"));
        }
        return rulePack;
    }

    HolidayCalendars holidays() {
        return holidays;
    }

    /** Opens a case as every command should: the user's name, and the memory of cleanly closed files. */
    CaseSession open(Path file) throws CaseFileRefusedException {
        return CaseSession.open(file, actor(), clock, verifiedFiles());
    }

    VerifiedFiles verifiedFiles() {
        return new VerifiedCaseLedger(preferences.directory());
    }

    String actor() {
        return actor != null && !actor.isBlank() ? actor.strip() : preferences.load().effectiveActor();
    }

    /** Whether {@code word} starts a command-line invocation (a subcommand or a global option). */
    public static boolean isCommandLine(String word) {
        if (word.startsWith("-") && !word.startsWith("-psn")) { // macOS Finder may pass -psn_…
            return true;
        }
        CommandLine cli = new CommandLine(new BreachdeskCli(Clock.systemUTC(), null, null, null));
        return cli.getSubcommands().containsKey(word);
    }

    public static void main(String[] args) {
        System.exit(run(args, Clock.systemUTC(), PreferencesStore.platformDefault(),
                new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    public static int run(String[] args, Clock clock, PreferencesStore preferences, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new BreachdeskCli(clock, preferences, out, err));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException || e instanceof CaseFileRefusedException) {
                err.println("error: " + e.getMessage());
                return EXIT_BAD_INPUT;
            }
            err.println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return EXIT_CHECK_FAILED;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = BreachdeskCli.class.getPackage().getImplementationVersion();
            return new String[] {"Breachdesk " + (v == null ? "development build" : v)};
        }
    }
}
