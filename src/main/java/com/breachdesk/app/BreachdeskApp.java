package com.breachdesk.app;

import com.breachdesk.preferences.PreferencesStore;
import com.breachdesk.ui.common.AppPreferences;
import com.breachdesk.ui.common.FxDialogService;
import com.breachdesk.ui.common.FxTaskRunner;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The JavaFX application: real preferences, real clock, real dialogs, one background worker. */
public final class BreachdeskApp extends Application {

    private static final int[] ICON_SIZES = {16, 32, 48, 256};

    private FxTaskRunner runner;

    @Override
    public void start(Stage stage) {
        runner = new FxTaskRunner();
        AppPreferences preferences = new AppPreferences(PreferencesStore.platformDefault());
        setIcons(stage);
        Workbench workbench = Workbench.build(stage, preferences, Clock.systemUTC(), runner,
                owner -> new FxDialogService(() -> owner, getHostServices()::showDocument));
        List<String> args = getParameters().getUnnamed();
        StartupProbe.attachIfRequested(stage, workbench.main());
        workbench.show(args.isEmpty() ? Optional.empty() : Optional.of(Path.of(args.get(0))));
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.shutdown();
        }
    }

    /** Title bar and task switcher; installers/icons/render-icons.sh renders these from the SVG. */
    private static void setIcons(Stage stage) {
        for (int size : ICON_SIZES) {
            String name = "icons/breachdesk-" + size + ".png";
            stage.getIcons().add(new Image(Objects.requireNonNull(BreachdeskApp.class.getResource(name),
                    name + " is missing").toExternalForm()));
        }
    }
}
