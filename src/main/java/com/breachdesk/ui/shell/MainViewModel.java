package com.breachdesk.ui.shell;

import com.breachdesk.casefile.CaseFile;
import com.breachdesk.casefile.VerifiedFiles;
import com.breachdesk.demo.DemoCase;
import com.breachdesk.preferences.VerifiedCaseLedger;
import com.breachdesk.session.CaseSession;
import com.breachdesk.session.DefaultProfiles;
import com.breachdesk.ui.common.AppPreferences;
import com.breachdesk.ui.common.CaseContext;
import com.breachdesk.ui.common.DialogService;
import com.breachdesk.ui.common.Messages;
import com.breachdesk.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The main window's state and commands: which case is open, which step is shown, recent files, and
 * opening/creating/closing cases. Case files are opened on the worker thread; the window never blocks.
 */
public final class MainViewModel {

    static final String DEMO_FILE = "SMART-POINT demo" + CaseFile.EXTENSION;

    private final CaseContext context;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final AppPreferences preferences;
    private final Clock clock;

    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper("Breachdesk");
    private final ReadOnlyStringWrapper caseTitle = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.INCIDENT);
    private final ObservableList<String> recentFiles = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final SimpleBooleanProperty caseOpen = new SimpleBooleanProperty();

    public MainViewModel(CaseContext context, TaskRunner runner, DialogService dialogs, AppPreferences preferences,
                         Clock clock) {
        this.context = context;
        this.runner = runner;
        this.dialogs = dialogs;
        this.preferences = preferences;
        this.clock = clock;
        recentFiles.setAll(preferences.get().recentFiles);
        context.sessionProperty().addListener((o, old, session) -> {
            caseOpen.set(session != null);
            windowTitle.set(session == null ? "Breachdesk" : "Breachdesk — " + session.path().getFileName()
                    + "  (" + session.path().getParent() + ")");
        });
        context.revisionProperty().addListener((o, a, b) -> refreshCaseTitle());
    }

    public CaseContext context() {
        return context;
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty caseTitleProperty() {
        return caseTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextDeadlineProperty() {
        return context.nextDeadlineProperty();
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public ObservableList<String> recentFiles() {
        return recentFiles;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty caseOpenProperty() {
        return caseOpen;
    }

    /**
     * What to show at start: the file given on the command line, else the last case, else the demo case.
     * A last case that cannot be opened (moved, open elsewhere) is reported and the window stays empty.
     */
    public void start(Optional<Path> fileArgument) {
        if (fileArgument.isPresent()) {
            open(fileArgument.get());
        } else if (preferences.get().lastCase != null && Files.exists(Path.of(preferences.get().lastCase))) {
            open(Path.of(preferences.get().lastCase));
        } else {
            openDemoCase();
        }
    }

    public void newCase() {
        dialogs.chooseNewCaseFile(suggestedFolder()).ifPresent(path -> {
            String name = path.getFileName().toString();
            String title = name.endsWith(CaseFile.EXTENSION) ? name.substring(0, name.length() - CaseFile.EXTENSION.length()) : name;
            String actor = preferences.get().effectiveActor();
            var profile = DefaultProfiles.fromPreferences(preferences.get());
            switchTo(() -> CaseSession.create(path, title, profile, actor, clock, verified()), "Cannot create the case");
        });
    }

    public void openCase() {
        dialogs.chooseCaseFileToOpen(suggestedFolder()).ifPresent(this::open);
    }

    public void open(Path path) {
        if (context.session().filter(s -> s.path().equals(path.toAbsolutePath())).isPresent()) {
            return;
        }
        String actor = preferences.get().effectiveActor();
        switchTo(() -> CaseSession.open(path, actor, clock, verified()), "Cannot open " + path.getFileName());
    }

    /** Opens the demo case kept in the preferences folder, creating it on first use. */
    public void openDemoCase() {
        Path demo = preferences.directory().resolve("demo").resolve(DEMO_FILE);
        String actor = preferences.get().effectiveActor();
        switchTo(() -> {
            if (Files.exists(demo)) {
                return CaseSession.open(demo, actor, clock, verified());
            }
            Files.createDirectories(demo.getParent());
            return DemoCase.create(demo, actor, clock, verified());
        }, "Cannot open the demo case");
    }

    /** Replaces the demo case with a fresh one (its deadlines are relative to now). */
    public void resetDemoCase() {
        Path demo = preferences.directory().resolve("demo").resolve(DEMO_FILE);
        if (!dialogs.confirm("Reset the demo case", "The demo case will be rebuilt from scratch; changes made to it are lost.",
                "Reset demo")) {
            return;
        }
        String actor = preferences.get().effectiveActor();
        closeCase();
        switchTo(() -> {
            deleteCaseFile(demo);
            Files.createDirectories(demo.getParent());
            return DemoCase.create(demo, actor, clock, verified());
        }, "Cannot reset the demo case");
    }

    private static void deleteCaseFile(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    public void closeCase() {
        CaseSession old = context.session().orElse(null);
        if (old == null) {
            return;
        }
        context.setSession(null);
        runner.run(() -> {
            old.close();
            return null;
        }, ok -> { }, error -> { });
    }

    /** Called when the window closes: waits for pending saves, then closes the case. */
    public void shutdown() {
        runner.drain();
        context.session().ifPresent(CaseSession::close);
        preferences.save();
    }

    private interface Opening {
        CaseSession open() throws Exception;
    }

    private void switchTo(Opening opening, String errorTitle) {
        busy.set(true);
        CaseSession previous = context.session().orElse(null);
        runner.run(() -> {
            CaseSession next = opening.open();
            if (previous != null && !previous.path().equals(next.path())) {
                previous.close();
            }
            return next;
        }, session -> {
            busy.set(false);
            context.setSession(session);
            step.set(Step.INCIDENT);
            remember(session.path());
        }, error -> {
            busy.set(false);
            dialogs.showError(errorTitle, Messages.forUser(error));
        });
    }

    private VerifiedFiles verified() {
        return new VerifiedCaseLedger(preferences.directory());
    }

    private void remember(Path path) {
        preferences.get().rememberRecent(path.toAbsolutePath().toString());
        recentFiles.setAll(preferences.get().recentFiles);
        preferences.save();
    }

    private Path suggestedFolder() {
        return context.session().map(s -> s.path().getParent())
                .orElse(Path.of(System.getProperty("user.home")));
    }

    private void refreshCaseTitle() {
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            caseTitle.set("");
            return;
        }
        runner.run(() -> session.incident().load().title(), caseTitle::set, error -> caseTitle.set(""));
    }
}
