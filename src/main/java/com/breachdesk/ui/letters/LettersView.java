package com.breachdesk.ui.letters;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Letters step: the templates, which template each group gets and why, page 1 of the chosen letter as the PDF
 * draws it, and generating a batch with progress, Cancel and "Open folder".
 */
public final class LettersView extends SplitPane {

    public LettersView(LettersViewModel model) {
        setId("letters-view");

        TableView<LettersViewModel.TemplateRow> templates = new TableView<>(model.templates());
        templates.setId("letters-templates");
        templates.getColumns().setAll(Arrays.asList(
                column("Template", 190, LettersViewModel.TemplateRow::id),
                column("Version", 60, r -> Integer.toString(r.version())),
                column("Audience", 130, LettersViewModel.TemplateRow::audience),
                column("Jurisdictions", 130, LettersViewModel.TemplateRow::jurisdictions),
                column("Language", 70, LettersViewModel.TemplateRow::language),
                column("Title", 260, LettersViewModel.TemplateRow::title)));
        templates.setPrefHeight(200);

        ComboBox<String> choice = combo("letters-template-choice", model.templateChoices());
        choice.valueProperty().bindBidirectional(model.templateChoiceProperty());
        ComboBox<String> jurisdiction = combo("letters-filter-jurisdiction", model.jurisdictions());
        jurisdiction.valueProperty().bindBidirectional(model.jurisdictionFilterProperty());
        ComboBox<String> status = combo("letters-filter-status", model.statuses());
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        HBox filters = new HBox(8, fixed("Template"), choice, fixed("Jurisdiction"), jurisdiction, fixed("Status"), status);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<LettersViewModel.GroupRow> groups = new TableView<>(model.groups());
        groups.setId("letters-groups");
        groups.setPlaceholder(new Label("No recipients: import the roster in the Scope step, or change the filters."));
        groups.getColumns().setAll(Arrays.asList(
                column("Jurisdiction", 100, LettersViewModel.GroupRow::jurisdiction),
                column("Language", 70, LettersViewModel.GroupRow::language),
                column("People", 70, r -> String.format("%,d", r.people())),
                column("Gets", 170, LettersViewModel.GroupRow::gets),
                column("Why", 460, LettersViewModel.GroupRow::why)));
        groups.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(LettersViewModel.GroupRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(row.why()));
            }
        });
        VBox.setVgrow(groups, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId("letters-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());

        TextField folder = new TextField();
        folder.setId("letters-out-folder");
        folder.textProperty().bindBidirectional(model.outputFolderProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button chooseFolder = new Button("Choose…");
        chooseFolder.setOnAction(e -> model.chooseOutputFolder());
        CheckBox finalLetters = new CheckBox("Final");
        finalLetters.setTooltip(new Tooltip("Final letters, for mailing: they print the drafts approved in Legal review "
                + "and are refused while a template they need is not approved. Otherwise letters are stamped DRAFT."));
        finalLetters.setMinWidth(Region.USE_PREF_SIZE);
        finalLetters.setId("letters-final");
        finalLetters.selectedProperty().bindBidirectional(model.finalBatchProperty());
        finalLetters.disableProperty().bind(model.runningProperty());
        Button generate = new Button("Generate DRAFT letters", new FontIcon(Feather.PRINTER));
        generate.textProperty().bind(Bindings.when(model.finalBatchProperty())
                .then("Generate final letters").otherwise("Generate DRAFT letters"));
        generate.setId("letters-generate");
        generate.getStyleClass().add(Styles.ACCENT);
        generate.disableProperty().bind(model.canGenerateProperty().not());
        generate.setOnAction(e -> model.generate());
        Button cancel = new Button("Cancel");
        cancel.setId("letters-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        Button open = new Button("Open folder", new FontIcon(Feather.FOLDER));
        open.setId("letters-open-folder");
        open.disableProperty().bind(model.lastBatchProperty().isNull().or(model.runningProperty()));
        open.setOnAction(e -> model.openFolder());
        HBox folderRow = new HBox(8, fixed("Folder"), folder, chooseFolder);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        for (Button b : List.of(generate, cancel, open)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(8, finalLetters, generate, cancel, open);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox actions = new VBox(6, folderRow, buttons);

        ProgressBar bar = new ProgressBar();
        bar.setId("letters-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        Label progressText = new Label();
        progressText.setId("letters-progress-text");
        progressText.textProperty().bind(model.progressTextProperty());
        Label result = new Label();
        result.setId("letters-result");
        result.setWrapText(true);
        result.textProperty().bind(model.resultTextProperty());

        VBox left = new VBox(10, title("Templates"), templates, title("Who gets which letter"), filters, groups, summary,
                actions, bar, progressText, result);
        left.setPadding(new Insets(12));

        ComboBox<LettersViewModel.PreviewTarget> target = new ComboBox<>(model.previewTargets());
        target.setId("letters-preview-target");
        target.setMaxWidth(Double.MAX_VALUE);
        target.valueProperty().bindBidirectional(model.previewTargetProperty());
        Label caption = new Label();
        caption.setId("letters-preview-caption");
        caption.setWrapText(true);
        caption.textProperty().bind(model.previewCaptionProperty());
        ImageView page = new ImageView();
        page.setId("letters-preview-image");
        page.setPreserveRatio(true);
        page.setFitWidth(560);
        page.imageProperty().bind(Bindings.createObjectBinding(
                () -> toFx(model.previewImageProperty().get()), model.previewImageProperty()));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox right = new VBox(8, title("Preview: page 1"), target, caption, scroll);
        right.setPadding(new Insets(12));

        getItems().setAll(left, right);
        setDividerPositions(0.58);
    }

    /** The preview as JavaFX shows it (no Swing bridge needed: the pixels are copied). */
    static WritableImage toFx(BufferedImage image) {
        if (image == null) {
            return null;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private static ComboBox<String> combo(String id, javafx.collections.ObservableList<String> items) {
        ComboBox<String> c = new ComboBox<>(items);
        c.setId(id);
        return c;
    }

    private static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    /** A label that keeps its words when the row is narrow (the combo boxes shrink instead). */
    private static Label fixed(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
