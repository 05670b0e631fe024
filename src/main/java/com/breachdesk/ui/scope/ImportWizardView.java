package com.breachdesk.ui.scope;

import atlantafx.base.theme.Styles;
import com.breachdesk.rosterimport.RosterPreview;
import com.breachdesk.vocabulary.DataCategory;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

import java.util.List;
import java.util.function.Function;

/**
 * The import wizard on one page, top to bottom in the order of the work: the file and how it is written,
 * what each column is, the first rows as they would import, then Import with progress and Cancel.
 */
public final class ImportWizardView extends VBox {

    public ImportWizardView(ImportWizardViewModel model, Runnable close) {
        super(10);
        setPadding(new Insets(14));
        setPrefSize(1000, 820);

        Button choose = new Button("Choose file…");
        choose.setId("import-choose");
        choose.setOnAction(e -> model.chooseFile());
        Label path = new Label();
        path.setId("import-file");
        path.textProperty().bind(model.fileProperty().asString().map(s -> "null".equals(s) ? "No file chosen" : s));
        ComboBox<String> encoding = new ComboBox<>();
        encoding.setId("import-encoding");
        encoding.setEditable(true);
        encoding.getItems().setAll(ImportWizardViewModel.commonEncodings());
        encoding.valueProperty().bindBidirectional(model.encodingProperty());
        ComboBox<String> delimiter = new ComboBox<>();
        delimiter.setId("import-delimiter");
        delimiter.getItems().setAll(",", ";", "tab", "|");
        delimiter.valueProperty().bindBidirectional(model.delimiterProperty());
        Button reread = new Button("Read again");
        reread.setOnAction(e -> model.reformat());
        HBox fileRow = new HBox(8, choose, path);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        HBox formatRow = new HBox(8, new Label("Encoding"), encoding, new Label("Delimiter"), delimiter, reread);
        formatRow.setAlignment(Pos.CENTER_LEFT);

        GridPane mapping = new GridPane();
        mapping.setId("import-mapping");
        mapping.setHgap(10);
        mapping.setVgap(6);
        model.columns().addListener((ListChangeListener<ImportWizardViewModel.ColumnRow>) c -> fillMapping(mapping, model));
        fillMapping(mapping, model);
        ScrollPane mappingScroll = new ScrollPane(mapping);
        mappingScroll.setFitToWidth(true);
        mappingScroll.setPrefHeight(240);
        mappingScroll.setMinHeight(200);

        CheckBox infer = new CheckBox("Add categories from the filled-in columns (email ⇒ email, …)");
        infer.selectedProperty().bindBidirectional(model.inferCategoriesProperty());
        CheckComboBox<DataCategory> fileCategories = new CheckComboBox<>();
        fileCategories.setId("import-file-categories");
        fileCategories.getItems().setAll(DataCategory.values());
        fileCategories.setConverter(new StringConverter<>() {
            @Override
            public String toString(DataCategory c) {
                return c == null ? "" : c.label();
            }

            @Override
            public DataCategory fromString(String s) {
                return null;
            }
        });
        fileCategories.setTitle("Categories for every row…");
        boolean[] syncing = {false};
        fileCategories.getCheckModel().getCheckedItems().addListener((ListChangeListener<DataCategory>) c -> {
            if (syncing[0]) {
                return;
            }
            model.fileCategories().retainAll(fileCategories.getCheckModel().getCheckedItems());
            model.fileCategories().addAll(fileCategories.getCheckModel().getCheckedItems());
            model.refreshPreview();
        });
        // A preset sets the categories in the model: show them checked.
        model.fileCategories().addListener((javafx.collections.SetChangeListener<DataCategory>) c -> {
            syncing[0] = true;
            try {
                for (DataCategory category : DataCategory.values()) {
                    if (model.fileCategories().contains(category)) {
                        fileCategories.getCheckModel().check(category);
                    } else {
                        fileCategories.getCheckModel().clearCheck(category);
                    }
                }
            } finally {
                syncing[0] = false;
            }
        });
        TextField namespace = new TextField();
        namespace.setPrefColumnCount(8);
        namespace.textProperty().bindBidirectional(model.idNamespaceProperty());
        TextField dateFormat = new TextField();
        dateFormat.setPromptText("e.g. MM/dd/yyyy");
        dateFormat.setPrefColumnCount(10);
        dateFormat.textProperty().bindBidirectional(model.dateFormatProperty());
        dateFormat.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                model.refreshPreview();
            }
        });
        HBox options = new HBox(10, fileCategories, infer);
        options.setAlignment(Pos.CENTER_LEFT);
        HBox options2 = new HBox(8, new Label("External ids are from"), namespace, new Label("Date of birth format"), dateFormat);
        options2.setAlignment(Pos.CENTER_LEFT);

        ComboBox<String> presets = new ComboBox<>(model.presetNames());
        presets.setPromptText("Saved mappings");
        Button load = new Button("Use");
        load.setOnAction(e -> {
            if (presets.getValue() != null) {
                model.loadPreset(presets.getValue());
            }
        });
        TextField presetName = new TextField();
        presetName.setId("import-preset-name");
        presetName.setPromptText("Name for this mapping");
        Button save = new Button("Save mapping");
        save.setId("import-preset-save");
        save.disableProperty().bind(presetName.textProperty().isEmpty());
        save.setOnAction(e -> model.savePreset(presetName.getText()));
        HBox presetRow = new HBox(8, presets, load, presetName, save);
        presetRow.setAlignment(Pos.CENTER_LEFT);

        TableView<RosterPreview.Row> preview = new TableView<>(model.preview());
        preview.setId("import-preview");
        preview.setPlaceholder(new Label("Choose a file to see its first rows."));
        preview.getColumns().setAll(List.of(
                column("Line", 50, r -> Long.toString(r.line())),
                column("Name", 180, r -> nullToEmpty(r.name())),
                column("Email", 200, r -> nullToEmpty(r.email())),
                column("Jurisdiction", 100, r -> r.rejectedBecause() != null ? "" : r.resolution().display()),
                column("How", 100, r -> r.resolution().method().id()),
                column("Categories", 220, r -> String.join(", ", r.categories().stream().map(DataCategory::id).sorted().toList())),
                column("Problem", 200, r -> nullToEmpty(r.rejectedBecause()))));
        preview.setPrefHeight(200);
        VBox.setVgrow(preview, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("import-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.setWrapText(true);

        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.setPrefWidth(260);
        Label progressText = new Label();
        progressText.textProperty().bind(model.progressTextProperty());
        Button start = new Button("Import");
        start.setId("import-start");
        start.setDefaultButton(true);
        start.getStyleClass().add(Styles.ACCENT);
        start.disableProperty().bind(model.canImportProperty().not());
        start.setOnAction(e -> model.importNow());
        Button cancel = new Button("Cancel import");
        cancel.setId("import-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        Button done = new Button("Close");
        done.setId("import-close");
        done.disableProperty().bind(model.runningProperty());
        done.setOnAction(e -> close.run());
        HBox actions = new HBox(10, start, cancel, progress, progressText, done);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label result = new Label();
        result.setId("import-result");
        result.setWrapText(true);
        result.textProperty().bind(model.resultTextProperty());

        Label mapTitle = new Label("What each column is");
        mapTitle.getStyleClass().add(Styles.TITLE_4);
        Label previewTitle = new Label("First rows as they will import");
        previewTitle.getStyleClass().add(Styles.TITLE_4);
        getChildren().addAll(fileRow, formatRow, mapTitle, mappingScroll, options, options2, presetRow, previewTitle,
                preview, problem, actions, result);
    }

    private static void fillMapping(GridPane grid, ImportWizardViewModel model) {
        grid.getChildren().clear();
        grid.add(bold("Column"), 0, 0);
        grid.add(bold("Example"), 1, 0);
        grid.add(bold("Is"), 2, 0);
        List<MappingTarget> targets = ImportWizardViewModel.targets();
        int r = 1;
        for (ImportWizardViewModel.ColumnRow row : model.columns()) {
            ComboBox<MappingTarget> target = new ComboBox<>();
            target.setId("map-" + row.index());
            target.getItems().setAll(targets);
            target.setConverter(new StringConverter<>() {
                @Override
                public String toString(MappingTarget t) {
                    return t == null ? "" : t.label();
                }

                @Override
                public MappingTarget fromString(String s) {
                    return null;
                }
            });
            target.valueProperty().bindBidirectional(row.targetProperty());
            target.setVisibleRowCount(14);
            Label example = new Label(row.example().length() > 40 ? row.example().substring(0, 40) + "…" : row.example());
            example.getStyleClass().add(Styles.TEXT_MUTED);
            Label header = new Label(row.header());
            header.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(header, 0, r);
            grid.add(example, 1, r);
            grid.add(target, 2, r);
            r++;
        }
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static TableColumn<RosterPreview.Row, String> column(String title, double width,
                                                                 Function<RosterPreview.Row, String> value) {
        TableColumn<RosterPreview.Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
