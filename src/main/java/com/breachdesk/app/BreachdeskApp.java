package com.breachdesk.app;

import com.breachdesk.preferences.PreferencesStore;
import com.breachdesk.ui.common.AppPreferences;
import com.breachdesk.ui.common.FxDialogService;
import com.breachdesk.ui.common.FxTaskRunner;
import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The JavaFX application: real preferences, real clock, real dialogs, one background worker. */
public final class BreachdeskApp extends Application {

    private FxTaskRunner runner;

    @Override
    public void start(Stage stage) {
        runner = new FxTaskRunner();
        AppPreferences preferences = new AppPreferences(PreferencesStore.platformDefault());
        Workbench workbench = Workbench.build(stage, preferences, Clock.systemUTC(), runner,
                owner -> new FxDialogService(() -> owner, getHostServices()::showDocument));
        List<String> args = getParameters().getUnnamed();
        workbench.show(args.isEmpty() ? Optional.empty() : Optional.of(Path.of(args.get(0))));
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.shutdown();
        }
    }
}
