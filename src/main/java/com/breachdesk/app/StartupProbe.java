package com.breachdesk.app;

import com.breachdesk.ui.shell.MainViewModel;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Start-up measurement hook for {@code bench/startup.sh}, off unless {@code -Dbreachdesk.startupProbe} is set.
 * It prints two lines on stdout:
 * <ul>
 *   <li>{@code first-window <ms>} once the main window is shown and its first frame laid out;</li>
 *   <li>{@code case-open <ms> <window title>} once a case is open (the title names the case file).</li>
 * </ul>
 * {@code <ms>} is wall-clock time ({@link System#currentTimeMillis()}); the benchmark subtracts the moment it launched
 * the process (the JVM's own start instant is only accurate to a second on Linux). With the value {@code exit} the
 * probe then closes the window the way a user would, so a benchmark can launch the app many times.
 */
final class StartupProbe {

    static final String PROPERTY = "breachdesk.startupProbe";

    private final Stage stage;
    private final MainViewModel main;
    private final boolean exitWhenOpen;
    private boolean windowShown;
    private boolean caseShown;

    private StartupProbe(Stage stage, MainViewModel main, boolean exitWhenOpen) {
        this.stage = stage;
        this.main = main;
        this.exitWhenOpen = exitWhenOpen;
    }

    static void attachIfRequested(Stage stage, MainViewModel main) {
        String mode = System.getProperty(PROPERTY);
        if (mode != null && !mode.isBlank()) {
            new StartupProbe(stage, main, "exit".equalsIgnoreCase(mode.strip())).attach();
        }
    }

    private void attach() {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> {
            Scene scene = stage.getScene();
            Runnable[] firstFrame = new Runnable[1];
            firstFrame[0] = () -> {
                scene.removePostLayoutPulseListener(firstFrame[0]);
                windowShown = true;
                report("first-window " + System.currentTimeMillis());
            };
            scene.addPostLayoutPulseListener(firstFrame[0]);
        });
        // The title changes after the case is open (caseOpen turns true first), and names the file.
        ChangeListener<String> titled = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends String> o, String before, String title) {
                if (main.caseOpenProperty().get()) {
                    main.windowTitleProperty().removeListener(this);
                    caseShown = true;
                    report("case-open " + System.currentTimeMillis() + " " + title);
                }
            }
        };
        main.windowTitleProperty().addListener(titled);
    }

    private void report(String line) {
        System.out.println(line);
        System.out.flush();
        if (exitWhenOpen && windowShown && caseShown) {
            Platform.runLater(stage::close);
        }
    }
}
