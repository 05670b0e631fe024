package com.breachdesk.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.breachdesk.preferences.Preferences;
import com.breachdesk.report.pdf.PdfReportWriter;
import com.breachdesk.rosterimport.MappingPresets;
import com.breachdesk.seal.CaseSealer;
import com.breachdesk.session.CaseSession;
import com.breachdesk.ui.assess.AssessView;
import com.breachdesk.ui.assess.AssessViewModel;
import com.breachdesk.ui.audit.AuditView;
import com.breachdesk.ui.audit.AuditViewModel;
import com.breachdesk.ui.common.AppPreferences;
import com.breachdesk.ui.common.CaseContext;
import com.breachdesk.ui.common.DialogService;
import com.breachdesk.ui.common.TaskRunner;
import com.breachdesk.ui.handover.HandoverViewModel;
import com.breachdesk.ui.incident.IncidentView;
import com.breachdesk.ui.incident.IncidentViewModel;
import com.breachdesk.ui.letters.LettersView;
import com.breachdesk.ui.letters.LettersViewModel;
import com.breachdesk.ui.obligations.AssessorProvider;
import com.breachdesk.ui.obligations.ObligationsView;
import com.breachdesk.ui.obligations.ObligationsViewModel;
import com.breachdesk.ui.organization.OrganizationDialog;
import com.breachdesk.ui.organization.OrganizationViewModel;
import com.breachdesk.ui.report.ReportView;
import com.breachdesk.ui.report.ReportViewModel;
import com.breachdesk.ui.review.LettersWithReview;
import com.breachdesk.ui.review.ReviewView;
import com.breachdesk.ui.review.ReviewViewModel;
import com.breachdesk.ui.review.TemplateCatalogs;
import com.breachdesk.ui.scope.ImportWizardView;
import com.breachdesk.ui.scope.ImportWizardViewModel;
import com.breachdesk.ui.scope.ScopeView;
import com.breachdesk.ui.scope.ScopeViewModel;
import com.breachdesk.ui.shell.MainViewModel;
import com.breachdesk.ui.shell.MainWindow;
import com.breachdesk.ui.shell.ShellActions;
import com.breachdesk.ui.shell.Step;
import com.breachdesk.ui.timeline.TimelineView;
import com.breachdesk.ui.timeline.TimelineViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Modality;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The composition root: builds every view model and view by constructor and puts the window on a stage.
 * The app and the UI tests both start here, so tests exercise the real wiring.
 */
public final class Workbench {

    private final MainViewModel main;
    private final Stage stage;
    private final AppPreferences preferences;

    private Workbench(MainViewModel main, Stage stage, AppPreferences preferences) {
        this.main = main;
        this.stage = stage;
        this.preferences = preferences;
    }

    public MainViewModel main() {
        return main;
    }

    public static Workbench build(Stage stage, AppPreferences preferences, Clock clock, TaskRunner runner,
                                  Function<Stage, DialogService> dialogFactory) {
        applyTheme(preferences.get());
        DialogService dialogs = dialogFactory.apply(stage);
        CaseContext context = new CaseContext();
        MainViewModel main = new MainViewModel(context, runner, dialogs, preferences, clock);
        IncidentViewModel incident = new IncidentViewModel(context, runner, dialogs);
        TimelineViewModel timeline = new TimelineViewModel(context, runner, dialogs);
        AuditViewModel audit = new AuditViewModel(context, runner, dialogs);
        context.revisionProperty().addListener((o, a, b) -> timeline.reload());
        // One rule pack (shipped + the user's rules folder) for every case opened in this window.
        AssessorProvider assessors = new AssessorProvider(preferences.directory().resolve("rules"), clock);
        AssessViewModel assess = new AssessViewModel(context, runner, dialogs, assessors);
        ObligationsViewModel obligations = new ObligationsViewModel(context, runner, dialogs, assessors);

        Map<Step, Node> steps = new EnumMap<>(Step.class);
        steps.put(Step.INCIDENT, incidentStep(incident, timeline, audit));
        ScopeViewModel scope = new ScopeViewModel(context, runner, dialogs);
        steps.put(Step.SCOPE, new ScopeView(scope, () -> openImportWizard(stage, context, runner, dialogs, preferences)));
        steps.put(Step.ASSESS, new AssessView(assess));
        steps.put(Step.OBLIGATIONS, new ObligationsView(obligations));
        LettersViewModel letters = new LettersViewModel(context, runner, dialogs, assessors,
                preferences.directory().resolve("templates"), Platform::runLater);
        ReviewViewModel review = new ReviewViewModel(context, runner, dialogs,
                TemplateCatalogs.memoized(preferences.directory().resolve("templates")), assessors, clock);
        steps.put(Step.LETTERS, LettersWithReview.of(new LettersView(letters), new ReviewView(review)));
        // One PDF writer (fonts loaded on first use, on the worker thread) for every report made in this window.
        ReportViewModel report = new ReportViewModel(context, runner, dialogs, assessors, memoized(PdfReportWriter::new),
                Workbench::printerInstalled);
        steps.put(Step.REPORT, new ReportView(report));
        main.stepProperty().addListener((o, was, step) -> {
            if (step == Step.REPORT) {
                report.shown();
            }
        });
        HandoverViewModel handover = new HandoverViewModel(context, runner, dialogs, clock, main::open,
                CaseSealer.Cost.DEFAULT, () -> preferences.get().effectiveActor());

        ShellActions actions = new ShellActions(incident::undo, incident::redo, incident.canUndoProperty(),
                incident.canRedoProperty(),
                () -> editOrganization(stage, context, runner, dialogs, preferences),
                obligations::exportCalendar,
                () -> toggleTheme(preferences),
                () -> dialogs.showInfo("Keyboard shortcuts", SHORTCUTS),
                () -> dialogs.showInfo("About Breachdesk", "Breachdesk " + version()
                        + "\nPersonal-data breach response workbench. Works offline; case files stay on this computer."),
                handover::exportJson, handover::exportSealed, handover::openSealed, handover::openJson);
        MainWindow window = new MainWindow(main, steps, actions);
        Scene scene = new Scene(window);
        scene.getStylesheets().add(Objects.requireNonNull(
                Workbench.class.getResource("/com/breachdesk/ui/breachdesk.css"), "breachdesk.css is missing").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(main.windowTitleProperty());
        restoreGeometry(stage, preferences.get());
        stage.setOnHidden(e -> {
            rememberGeometry(stage, preferences.get());
            main.shutdown();
        });
        return new Workbench(main, stage, preferences);
    }

    /** Whether the system has a printer (a headless or printer-less system answers no, or fails: also no). */
    private static boolean printerInstalled() {
        try {
            return javafx.print.Printer.getDefaultPrinter() != null;
        } catch (RuntimeException | UnsatisfiedLinkError noPrinting) {
            return false;
        }
    }

    /** Builds on first call (on whichever thread asks first), then returns the same instance. */
    private static <T> Supplier<T> memoized(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    public void show(Optional<Path> fileArgument) {
        stage.show();
        // Open the case once the empty window is on screen: a case that opens quickly (the last one, reopened)
        // would otherwise have every step load it before the first frame is drawn.
        Runnable[] firstFrame = new Runnable[1];
        firstFrame[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(firstFrame[0]);
            Platform.runLater(() -> main.start(fileArgument));
        };
        stage.getScene().addPostLayoutPulseListener(firstFrame[0]);
        Platform.requestNextPulse();
    }

    private static Node incidentStep(IncidentViewModel incident, TimelineViewModel timeline, AuditViewModel audit) {
        TabPane side = new TabPane(new Tab("Timeline", new TimelineView(timeline)), new Tab("Audit trail", new AuditView(audit)));
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.getTabs().get(1).setId("tab-audit");
        side.getTabs().get(0).setId("tab-timeline");
        SplitPane split = new SplitPane(new IncidentView(incident), side);
        split.setDividerPositions(0.55);
        return split;
    }

    private static void editOrganization(Stage stage, CaseContext context, TaskRunner runner, DialogService dialogs,
                                         AppPreferences preferences) {
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            return;
        }
        OrganizationViewModel model = new OrganizationViewModel(context, runner, dialogs, preferences);
        runner.run(() -> session.organization().load(), profile -> {
            model.load(profile);
            new OrganizationDialog(stage, model).showAndWait();
        }, error -> dialogs.showError("Cannot read the organization profile", error.getMessage()));
    }

    /** The roster import wizard, modal over the main window; the Scope step reloads after an import. */
    private static void openImportWizard(Stage owner, CaseContext context, TaskRunner runner, DialogService dialogs,
                                         AppPreferences preferences) {
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            return;
        }
        ImportWizardViewModel model = new ImportWizardViewModel(session, runner, dialogs, Platform::runLater,
                new MappingPresets(preferences.directory()), context::changed);
        Stage wizard = new Stage();
        wizard.initOwner(owner);
        wizard.initModality(Modality.WINDOW_MODAL);
        wizard.setTitle("Import roster");
        wizard.setScene(new Scene(new ImportWizardView(model, wizard::close)));
        wizard.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
        wizard.setOnCloseRequest(e -> {
            if (model.runningProperty().get()) {
                model.cancel();
                e.consume();
            }
        });
        wizard.show();
        model.chooseFile();
    }

    private static void toggleTheme(AppPreferences preferences) {
        preferences.get().theme = "dark".equals(preferences.get().theme) ? "light" : "dark";
        applyTheme(preferences.get());
        preferences.save();
    }

    static void applyTheme(Preferences preferences) {
        Application.setUserAgentStylesheet("dark".equals(preferences.theme)
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    private static void restoreGeometry(Stage stage, Preferences preferences) {
        Preferences.Window w = preferences.window;
        if (w != null && w.width >= 640 && w.height >= 480) {
            stage.setX(w.x);
            stage.setY(w.y);
            stage.setWidth(w.width);
            stage.setHeight(w.height);
            stage.setMaximized(w.maximized);
        } else {
            stage.setWidth(1280);
            stage.setHeight(820);
        }
        stage.setMinWidth(900);
        stage.setMinHeight(600);
    }

    private static void rememberGeometry(Stage stage, Preferences preferences) {
        preferences.window = new Preferences.Window(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
    }

    static String version() {
        String v = Workbench.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }

    private static final String SHORTCUTS = """
            Ctrl+N  New case          Ctrl+O  Open case
            Ctrl+S  Save the field being edited (fields also save when you leave them)
            Ctrl+W  Close case        Ctrl+Q  Exit
            Ctrl+Z  Undo              Ctrl+Shift+Z  Redo
            Ctrl+1 … Ctrl+6  Incident, Scope, Assess, Obligations, Letters, Report
            Ctrl+Shift+O  Organization profile
            Ctrl+Shift+D  Light / dark theme
            Ctrl+Enter  Add the timeline entry being typed
            F1  This list""";
}
