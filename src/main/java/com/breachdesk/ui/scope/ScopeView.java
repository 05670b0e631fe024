package com.breachdesk.ui.scope;

import atlantafx.base.theme.Styles;
import com.breachdesk.jurisdiction.ResolutionMethod;
import com.breachdesk.roster.BulkFix;
import com.breachdesk.roster.ImportRecord;
import com.breachdesk.roster.NotificationStatus;
import com.breachdesk.roster.Person;
import com.breachdesk.roster.PersonField;
import com.breachdesk.roster.RosterFilter;
import com.breachdesk.roster.ScopeSummary;
import com.breachdesk.vocabulary.Coded;
import com.breachdesk.vocabulary.DataCategory;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Scope step: on the left what the roster adds up to (summary, chart, imports, bulk fix), on the
 * right every affected person in a table that reads from the case file page by page, with filters,
 * search and an edit form for the selected person.
 */
public final class ScopeView extends SplitPane {

    private static final int CHART_BARS = 12;

    public ScopeView(ScopeViewModel model, Runnable openImportWizard) {
        setId("scope-view");
        getItems().addAll(summaryPane(model, openImportWizard), rosterPane(model));
        setDividerPositions(0.36);
    }

    private static VBox summaryPane(ScopeViewModel model, Runnable openImportWizard) {
        Button importButton = new Button("Import roster…", new FontIcon(Feather.UPLOAD));
        importButton.setId("scope-import");
        importButton.getStyleClass().add(Styles.ACCENT);
        importButton.disableProperty().bind(model.caseOpenProperty().not());
        importButton.setOnAction(e -> openImportWizard.run());
        Button exportButton = new Button("Export CSV…", new FontIcon(Feather.DOWNLOAD));
        exportButton.setId("scope-export-csv");
        exportButton.disableProperty().bind(model.caseOpenProperty().not());
        exportButton.setOnAction(e -> model.exportCsv());
        HBox buttons = new HBox(8, importButton, exportButton);
        Label headline = new Label();
        headline.setId("scope-headline");
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        headline.textProperty().bind(model.headlineProperty());

        TableView<ScopeSummary.JurisdictionCount> summary = new TableView<>(model.jurisdictions());
        summary.setId("scope-summary");
        summary.setPlaceholder(new Label("No people yet."));
        summary.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        summary.getColumns().setAll(List.of(
                column("Jurisdiction", 90, ScopeSummary.JurisdictionCount::jurisdiction),
                column("People", 70, j -> String.format("%,d", j.people())),
                column("Data categories", 220, j -> j.categories().entrySet().stream()
                        .sorted(Map.Entry.<DataCategory, Long>comparingByValue().reversed())
                        .map(e -> e.getKey().id() + " " + String.format("%,d", e.getValue()))
                        .collect(Collectors.joining(", ")))));
        summary.setPrefHeight(220);

        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("scope-chart");
        chart.setTitle("People per jurisdiction");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(220);
        model.jurisdictions().addListener((ListChangeListener<ScopeSummary.JurisdictionCount>) c -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            model.jurisdictions().stream().limit(CHART_BARS)
                    .forEach(j -> series.getData().add(new XYChart.Data<>(j.jurisdiction(), j.people())));
            chart.getData().setAll(List.of(series));
        });

        ListView<ImportRecord> imports = new ListView<>(model.imports());
        imports.setId("scope-imports");
        imports.setPrefHeight(110);
        imports.setPlaceholder(new Label("No imports yet."));
        imports.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ImportRecord r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : String.format("#%d %s — %,d imported, %,d merged, %,d rejected%s",
                        r.id(), r.fileName(), r.counts().imported(), r.counts().merged(), r.counts().rejected(),
                        r.status() == ImportRecord.Status.ROLLED_BACK ? " (rolled back)" : ""));
            }
        });
        Button rollback = new Button("Roll back import");
        rollback.setId("scope-rollback");
        rollback.disableProperty().bind(imports.getSelectionModel().selectedItemProperty().isNull());
        rollback.setOnAction(e -> model.rollback(imports.getSelectionModel().getSelectedItem()));

        ComboBox<PersonField> fixField = new ComboBox<>();
        fixField.getItems().setAll(BulkFix.MATCHABLE.stream().sorted().toList());
        fixField.valueProperty().bindBidirectional(model.fixFieldProperty());
        fixField.setConverter(coded());
        ComboBox<String> fixValue = new ComboBox<>(model.unresolvedValues());
        fixValue.setId("scope-fix-value");
        fixValue.setEditable(true);
        fixValue.setPromptText("value, e.g. Kyiv");
        fixValue.valueProperty().bindBidirectional(model.fixValueProperty());
        TextField fixJurisdiction = new TextField();
        fixJurisdiction.setId("scope-fix-jurisdiction");
        fixJurisdiction.setPromptText("UA, US-CA…");
        fixJurisdiction.setPrefColumnCount(6);
        fixJurisdiction.textProperty().bindBidirectional(model.fixJurisdictionProperty());
        Button fix = new Button("Set jurisdiction");
        fix.setId("scope-fix");
        fix.disableProperty().bind(model.fixJurisdictionProperty().isEmpty().or(model.fixValueProperty().isEmpty()));
        fix.setOnAction(e -> model.applyFix());
        fixField.setPrefWidth(130);
        fixValue.setPrefWidth(170);
        HBox fixRow = new HBox(6, fixField, new Label("is"), fixValue);
        fixRow.setAlignment(Pos.CENTER_LEFT);
        HBox fixRow2 = new HBox(6, new Label("⇒ they live in"), fixJurisdiction, fix);
        fixRow2.setAlignment(Pos.CENTER_LEFT);

        Label fixTitle = new Label("Unresolved people whose…");
        fixTitle.getStyleClass().add(Styles.TITLE_4);
        Label importsTitle = new Label("Imports");
        importsTitle.getStyleClass().add(Styles.TITLE_4);
        VBox pane = new VBox(8, buttons, headline, summary, chart, fixTitle, fixRow, fixRow2, importsTitle, imports,
                rollback);
        pane.setPadding(new Insets(12));
        return pane;
    }

    private static VBox rosterPane(ScopeViewModel model) {
        ComboBox<String> jurisdiction = filterBox("Jurisdiction", model.jurisdictionChoices());
        jurisdiction.setId("scope-filter-jurisdiction");
        jurisdiction.valueProperty().bindBidirectional(model.jurisdictionFilterProperty());
        ComboBox<DataCategory> category = filterBox("Category", javafx.collections.FXCollections.observableArrayList(
                withNull(DataCategory.values())));
        category.setConverter(coded());
        category.valueProperty().bindBidirectional(model.categoryFilterProperty());
        ComboBox<ResolutionMethod> method = filterBox("Resolved by", javafx.collections.FXCollections.observableArrayList(
                withNull(ResolutionMethod.values())));
        method.setConverter(coded());
        method.valueProperty().bindBidirectional(model.methodFilterProperty());
        ComboBox<RosterFilter.MinorAge> minor = filterBox("Minors", javafx.collections.FXCollections.observableArrayList(
                withNull(RosterFilter.MinorAge.values())));
        minor.setConverter(new StringConverter<>() {
            @Override
            public String toString(RosterFilter.MinorAge a) {
                return a == null ? "Any age" : "Under " + a.years();
            }

            @Override
            public RosterFilter.MinorAge fromString(String s) {
                return null;
            }
        });
        minor.valueProperty().bindBidirectional(model.minorFilterProperty());
        ComboBox<NotificationStatus> notified = filterBox("Notification", javafx.collections.FXCollections.observableArrayList(
                withNull(NotificationStatus.values())));
        notified.setConverter(coded());
        notified.valueProperty().bindBidirectional(model.notificationFilterProperty());
        TextField search = new TextField();
        search.setId("scope-search");
        search.setPromptText("Search name or email");
        search.setOnAction(e -> model.searchProperty().set(search.getText()));
        Label matching = new Label();
        matching.setId("scope-matching");
        matching.textProperty().bind(model.matchingProperty());
        for (ComboBox<?> box : List.of(jurisdiction, category, method, minor, notified)) {
            box.setPrefWidth(150);
        }
        search.setPrefColumnCount(22);
        HBox filters = new HBox(6, jurisdiction, category, method, minor, notified);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox searchRow = new HBox(8, search, matching);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        TableView<Person> table = new TableView<>(model.people());
        table.setId("scope-table");
        table.setPlaceholder(new Label("No one matches."));
        table.setFixedCellSize(26); // fixed height: the table lays out a million rows without measuring them
        table.getColumns().setAll(List.of(
                personColumn("#", 60, p -> Long.toString(p.id())),
                personColumn("Name", 170, Person::fullName),
                personColumn("Email", 190, Person::email),
                personColumn("Phone", 120, Person::phone),
                personColumn("Country (as written)", 110, p -> p.address().country()),
                personColumn("Jurisdiction", 90, p -> p.resolution().display()),
                personColumn("Resolved by", 90, p -> p.resolution().method().id()),
                personColumn("Confidence", 80, p -> p.resolution().confidence().id()),
                personColumn("Categories", 200, p -> p.categories().stream().map(DataCategory::id).sorted()
                        .collect(Collectors.joining(", "))),
                personColumn("Notified", 80, p -> p.notificationStatus().id())));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                model.selectedProperty().set(p);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        GridPane form = new GridPane();
        form.setId("scope-person-form");
        form.setHgap(8);
        form.setVgap(4);
        PersonField[] editable = {PersonField.FULL_NAME, PersonField.EMAIL, PersonField.PHONE, PersonField.STREET,
                PersonField.CITY, PersonField.REGION, PersonField.POSTAL_CODE, PersonField.COUNTRY,
                PersonField.DATE_OF_BIRTH, PersonField.LANGUAGE, PersonField.JURISDICTION, PersonField.NOTIFICATION_STATUS};
        for (int i = 0; i < editable.length; i++) {
            TextField field = new TextField();
            field.setId("person-" + editable[i].id());
            field.textProperty().bindBidirectional(model.edit(editable[i]));
            field.disableProperty().bind(model.selectedProperty().isNull());
            Label label = new Label(editable[i].label());
            label.setMinWidth(Region.USE_PREF_SIZE);
            field.setPrefColumnCount(12);
            form.add(label, (i % 3) * 2, i / 3);
            form.add(field, (i % 3) * 2 + 1, i / 3);
        }
        Button save = new Button("Save changes to this person");
        save.setId("person-save");
        save.disableProperty().bind(model.selectedProperty().isNull());
        save.setOnAction(e -> model.saveSelected());
        Label formHint = new Label("Changes are recorded in the audit trail. A new address re-resolves the jurisdiction "
                + "unless it was set by hand.");
        formHint.getStyleClass().add(Styles.TEXT_MUTED);
        formHint.setWrapText(true);

        save.setMinWidth(Region.USE_PREF_SIZE);
        VBox pane = new VBox(8, filters, searchRow, table, form, new HBox(10, save, formHint));
        pane.setPadding(new Insets(12));
        return pane;
    }

    @SafeVarargs
    private static <T> List<T> withNull(T... values) {
        List<T> out = new ArrayList<>();
        out.add(null);
        for (T v : values) {
            out.add(v);
        }
        return out;
    }

    private static <T> ComboBox<T> filterBox(String prompt, javafx.collections.ObservableList<T> items) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setPromptText(prompt);
        return box;
    }

    private static <T extends Coded> StringConverter<T> coded() {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "Any" : value.label();
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static TableColumn<ScopeSummary.JurisdictionCount, String> column(String title, double width,
            Function<ScopeSummary.JurisdictionCount, String> value) {
        TableColumn<ScopeSummary.JurisdictionCount, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private static TableColumn<Person, String> personColumn(String title, double width, Function<Person, String> value) {
        TableColumn<Person, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false); // the roster is ordered by the case file, not in memory
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue() == null ? "…" : value.apply(cell.getValue())));
        return c;
    }
}
