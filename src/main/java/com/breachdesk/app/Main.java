package com.breachdesk.app;

import com.breachdesk.cli.BreachdeskCli;
import com.breachdesk.preferences.PreferencesStore;
import javafx.application.Application;

/**
 * Entry point of the jar and the installed app. With a CLI command (or option) it runs the command line;
 * otherwise it opens the window, on the case file given as the argument (double-click on a case) if any. This class
 * does not extend Application, so the app also starts from a plain classpath.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && BreachdeskCli.isCommandLine(args[0])) {
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
