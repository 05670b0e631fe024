package com.breachdesk.ui.obligations;

import atlantafx.base.theme.Styles;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Obligations step: the board (jurisdiction, recipient, status and why, due local and UTC, countdown, urgency
 * colour), filters, the rule browser for the selected row, and "Mark as sent" with when, how and reference.
 */
public final class ObligationsView extends VBox {

    private final Timeline ticker;

    public ObligationsView(ObligationsViewModel model) {
        super(10);
        setId("obligations-view");
        setPadding(new Insets(12));

        ComboBox<String> jurisdiction = filter("obligations-filter-jurisdiction", model.jurisdictions(), model.jurisdictionFilterProperty());
        ComboBox<String> recipient = filter("obligations-filter-recipient", model.recipients(), model.recipientFilterProperty());
        ComboBox<String> status = filter("obligations-filter-status", model.statuses(), model.statusFilterProperty());
        Button export = new Button("Export calendar (.ics)…", new FontIcon(Feather.CALENDAR));
        export.setId("obligations-export-ics");
        export.setOnAction(e -> model.exportCalendar());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox filters = new HBox(8, new Label("Jurisdiction"), jurisdiction, new Label("Recipient"), recipient,
                new Label("Status"), status, spring, export);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("obligations-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());

        TableView<ObligationRow> table = new TableView<>(model.rows());
        table.setId("obligations-table");
        table.setPlaceholder(new Label("No obligations yet: record when you became aware, what data was involved and "
                + "who is affected (Scope, or estimated counts), and they appear here."));
        table.getColumns().setAll(Arrays.asList(
                column("Jurisdiction", 120, ObligationRow::jurisdiction),
                column("Recipient", 200, ObligationRow::recipient),
                column("Obligation", 260, ObligationRow::title),
                column("Status", 200, ObligationRow::status),
                column("Due (local)", 150, ObligationRow::dueLocal),
                column("Due (UTC)", 140, ObligationRow::dueUtc),
                column("Countdown", 140, ObligationRow::countdown)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ObligationRow row, boolean empty) {
                super.updateItem(row, empty);
                for (Urgency u : Urgency.values()) {
                    getStyleClass().remove(u.styleClass());
                }
                setTooltip(null);
                if (!empty && row != null) {
                    getStyleClass().add(row.urgency().styleClass());
                    setTooltip(new Tooltip(row.urgency().label()));
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));

        TextArea rule = new TextArea();
        rule.setId("obligations-rule");
        rule.setEditable(false);
        rule.setWrapText(true);
        rule.textProperty().bind(model.ruleDetailsProperty());
        VBox.setVgrow(rule, Priority.ALWAYS);

        TextField when = new TextField();
        when.setId("obligations-done-at");
        when.setPromptText("now, or yyyy-MM-dd HH:mm");
        when.textProperty().bindBidirectional(model.doneAtProperty());
        TextField how = new TextField();
        how.setId("obligations-done-channel");
        how.setPromptText("portal, email, post…");
        how.textProperty().bindBidirectional(model.channelProperty());
        TextField ref = new TextField();
        ref.setId("obligations-done-reference");
        ref.setPromptText("e.g. the regulator's case number");
        ref.textProperty().bindBidirectional(model.referenceProperty());
        Button markDone = new Button("Mark as sent", new FontIcon(Feather.CHECK));
        markDone.setId("obligations-mark-done");
        markDone.getStyleClass().add(Styles.ACCENT);
        markDone.disableProperty().bind(model.canMarkDoneProperty().not());
        markDone.setOnAction(e -> model.markDone());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Sent at"), when);
        form.addRow(1, new Label("How"), how);
        form.addRow(2, new Label("Reference"), ref);
        form.add(markDone, 1, 3);
        GridPane.setHgrow(when, Priority.ALWAYS);
        Label ruleTitle = new Label("Rule behind the selected obligation");
        ruleTitle.getStyleClass().add(Styles.TITLE_4);
        VBox side = new VBox(8, ruleTitle, rule, form);
        side.setPadding(new Insets(0, 0, 0, 8));

        SplitPane split = new SplitPane(table, side);
        split.setDividerPositions(0.66);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(filters, summary, split);

        ticker = new Timeline(new KeyFrame(Duration.minutes(1), e -> model.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        // The countdown runs only while the step is on screen (Bisq's habit: listen when shown).
        sceneProperty().addListener((o, a, b) -> {
            if (b == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
    }

    private static ComboBox<String> filter(String id, javafx.collections.ObservableList<String> options,
                                           javafx.beans.property.StringProperty value) {
        ComboBox<String> box = new ComboBox<>(options);
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static TableColumn<ObligationRow, String> column(String title, double width, Function<ObligationRow, String> value) {
        TableColumn<ObligationRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
