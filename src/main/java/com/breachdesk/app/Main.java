package com.breachdesk.app;

import com.breachdesk.cli.BreachdeskCli;
import com.breachdesk.preferences.PreferencesStore;
import javafx.application.Application;

import java.util.Set;

/**
 * Entry point of the jar and the installed app. With a CLI command it runs the command line; otherwise
 * it opens the window, on the case file given as the argument (double-click on a case) if any. This class
 * does not extend Application, so the app also starts from a plain classpath.
 */
public final class Main {

    private static final Set<String> CLI_WORDS = Set.of("new", "info", "incident", "timeline", "audit", "help",
            "--help", "-h", "--version", "-V", "assess", "rules", "obligations", "import", "scope", "letters", "render",
            "regulator-notice", "report", "export", "import-json", "review", "roster");

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && (CLI_WORDS.contains(args[0]) || args[0].startsWith("--as"))) {
            BreachdeskCli.main(args);
            return;
        }
        // The window needs the preferences first, and their JSON mapping costs several hundred classes: load those on
        // a second core while JavaFX starts its toolkit on this one.
        Thread warmUp = new Thread(PreferencesStore::warmUp, "breachdesk-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        Application.launch(BreachdeskApp.class, args);
    }
}
