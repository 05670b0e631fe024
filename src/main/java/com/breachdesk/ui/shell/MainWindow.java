package com.breachdesk.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The main window: menu bar, a header with the open case and its most urgent deadline, the step
 * navigator on the left and the current step in the middle.
 */
public final class MainWindow extends BorderPane {

    private static final KeyCodeCombination.Modifier SHORTCUT = KeyCombination.SHORTCUT_DOWN;

    private final MainViewModel model;
    private final Map<Step, Node> stepViews;
    private final Map<Step, ToggleButton> stepButtons = new EnumMap<>(Step.class);
    private final StackPane center = new StackPane();
    private final NoCaseView noCase;

    public MainWindow(MainViewModel model, Map<Step, Node> stepViews, ShellActions actions) {
        this.model = model;
        this.stepViews = stepViews;
        this.noCase = new NoCaseView(model);
        setId("main-window");
        setTop(new VBox(menuBar(actions), header()));
        setLeft(navigator());
        setCenter(center);
        model.stepProperty().addListener((o, a, b) -> showStep());
        model.caseOpenProperty().addListener((o, a, b) -> showStep());
        showStep();
    }

    private MenuBar menuBar(ShellActions actions) {
        Menu file = new Menu("_File");
        MenuItem newCase = item("_New case…", Feather.FILE_PLUS, new KeyCodeCombination(KeyCode.N, SHORTCUT), model::newCase);
        newCase.setId("menu-new");
        MenuItem open = item("_Open…", Feather.FOLDER, new KeyCodeCombination(KeyCode.O, SHORTCUT), model::openCase);
        Menu recent = new Menu("Open _recent");
        recent.setId("menu-recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (String path : model.recentFiles()) {
                MenuItem mi = new MenuItem(path);
                mi.setMnemonicParsing(false);
                mi.setOnAction(e -> model.open(Path.of(path)));
                recent.getItems().add(mi);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        model.recentFiles().addListener((ListChangeListener<String>) c -> fillRecent.run());
        fillRecent.run();
        MenuItem demo = item("Open _demo case", Feather.PLAY_CIRCLE, null, model::openDemoCase);
        MenuItem resetDemo = item("Reset demo case…", null, null, model::resetDemoCase);
        MenuItem save = item("_Save", Feather.SAVE, new KeyCodeCombination(KeyCode.S, SHORTCUT), this::saveFocusedField);
        save.setId("menu-save");
        MenuItem close = item("_Close case", Feather.X, new KeyCodeCombination(KeyCode.W, SHORTCUT), model::closeCase);
        close.setId("menu-close");
        close.disableProperty().bind(model.caseOpenProperty().not());
        save.disableProperty().bind(model.caseOpenProperty().not());
        MenuItem exit = item("E_xit", null, new KeyCodeCombination(KeyCode.Q, SHORTCUT),
                () -> getScene().getWindow().hide());
        MenuItem export = item("_Export…", Feather.SHARE, null, actions.exportCase());
        export.setId("menu-export-json");
        export.disableProperty().bind(model.caseOpenProperty().not());
        MenuItem exportSealed = item("Export sea_led copy…", Feather.LOCK, null, actions.exportSealed());
        exportSealed.setId("menu-export-sealed");
        exportSealed.disableProperty().bind(model.caseOpenProperty().not());
        MenuItem openSealed = item("Open sealed cop_y…", Feather.UNLOCK, null, actions.openSealed());
        openSealed.setId("menu-open-sealed");
        MenuItem openExport = item("Open case e_xport (JSON)…", Feather.FILE_TEXT, null, actions.openExport());
        openExport.setId("menu-open-json");
        file.getItems().addAll(newCase, open, recent, openSealed, openExport, new SeparatorMenuItem(), demo, resetDemo,
                new SeparatorMenuItem(), save, close, new SeparatorMenuItem(), export, exportSealed,
                new SeparatorMenuItem(), exit);

        Menu edit = new Menu("_Edit");
        MenuItem undo = item("_Undo", Feather.ROTATE_CCW, new KeyCodeCombination(KeyCode.Z, SHORTCUT), actions.undo());
        undo.disableProperty().bind(Bindings.not(actions.canUndo()));
        MenuItem redo = item("_Redo", Feather.ROTATE_CW,
                new KeyCodeCombination(KeyCode.Z, SHORTCUT, KeyCombination.SHIFT_DOWN), actions.redo());
        redo.disableProperty().bind(Bindings.not(actions.canRedo()));
        edit.getItems().addAll(undo, redo);

        Menu caseMenu = new Menu("_Case");
        MenuItem org = item("_Organization profile…", Feather.BRIEFCASE,
                new KeyCodeCombination(KeyCode.O, SHORTCUT, KeyCombination.SHIFT_DOWN), actions.editOrganization());
        org.setId("menu-organization");
        org.disableProperty().bind(model.caseOpenProperty().not());
        MenuItem ics = item("_Export deadlines as calendar (.ics)…", Feather.CALENDAR, null, actions.exportDeadlines());
        ics.setId("menu-export-ics");
        ics.disableProperty().bind(model.caseOpenProperty().not());
        caseMenu.getItems().addAll(org, ics);

        Menu view = new Menu("_View");
        for (Step step : Step.values()) {
            MenuItem mi = item(step.number() + "  " + step.label(), step.icon(),
                    new KeyCodeCombination(KeyCode.valueOf("DIGIT" + step.number()), SHORTCUT), () -> model.stepProperty().set(step));
            mi.disableProperty().bind(model.caseOpenProperty().not());
            view.getItems().add(mi);
        }
        view.getItems().addAll(new SeparatorMenuItem(), item("Light / dark _theme", Feather.MOON,
                new KeyCodeCombination(KeyCode.D, SHORTCUT, KeyCombination.SHIFT_DOWN), actions.toggleDarkMode()));

        Menu help = new Menu("_Help");
        help.getItems().addAll(item("_Keyboard shortcuts", Feather.COMMAND, new KeyCodeCombination(KeyCode.F1),
                actions.showShortcuts()), item("_About Breachdesk", Feather.INFO, null, actions.showAbout()));
        MenuBar bar = new MenuBar(file, edit, caseMenu, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, Feather icon, KeyCombination accelerator, Runnable action) {
        MenuItem mi = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        if (accelerator != null) {
            mi.setAccelerator(accelerator);
        }
        mi.setOnAction(e -> action.run());
        return mi;
    }

    /** Edits save when a field loses focus; Save moves focus away so the field being typed in is saved too. */
    private void saveFocusedField() {
        center.requestFocus();
    }

    private HBox header() {
        Label title = new Label();
        title.setId("header-case-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.when(model.caseOpenProperty())
                .then(model.caseTitleProperty()).otherwise("No case open"));
        Label deadline = new Label();
        deadline.setId("header-next-deadline");
        deadline.setGraphic(new FontIcon(Feather.CLOCK));
        deadline.textProperty().bind(model.nextDeadlineProperty());
        deadline.visibleProperty().bind(model.nextDeadlineProperty().isNotEmpty());
        deadline.getStyleClass().add(Styles.WARNING);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, deadline, busy);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 16, 8, 16));
        header.getStyleClass().add("breachdesk-header");
        return header;
    }

    private VBox navigator() {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        nav.setPadding(new Insets(12, 8, 12, 8));
        nav.setPrefWidth(190);
        nav.getStyleClass().add("breachdesk-navigator");
        for (Step step : Step.values()) {
            Label number = new Label(Integer.toString(step.number()));
            number.getStyleClass().add(Styles.TEXT_MUTED);
            ToggleButton button = new ToggleButton(step.label(), new FontIcon(step.icon()));
            button.setId("step-" + step.name().toLowerCase());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add(Styles.FLAT);
            button.setTooltip(new Tooltip(step.purpose() + "  (Ctrl+" + step.number() + ")"));
            button.setOnAction(e -> {
                model.stepProperty().set(step);
                button.setSelected(true);
            });
            button.disableProperty().bind(model.caseOpenProperty().not());
            stepButtons.put(step, button);
            nav.getChildren().add(button);
        }
        return nav;
    }

    private void showStep() {
        Step step = model.stepProperty().get();
        stepButtons.forEach((s, b) -> b.setSelected(s == step));
        Node view = model.caseOpenProperty().get() ? stepViews.get(step) : noCase;
        center.getChildren().setAll(view);
    }
}
