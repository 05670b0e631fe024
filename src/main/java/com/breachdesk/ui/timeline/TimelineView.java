package com.breachdesk.ui.timeline;

import atlantafx.base.theme.Styles;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.timeline.TimelineEntry;
import com.breachdesk.timeline.TimelineKind;
import com.breachdesk.ui.common.MomentPicker;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Timeline panel: add an entry at the top, entries in event order below, filterable by kind. */
public final class TimelineView extends VBox {

    private final TimelineViewModel model;
    private final ListView<TimelineEntry> list = new ListView<>();

    public TimelineView(TimelineViewModel model) {
        super(10);
        this.model = model;
        setPadding(new Insets(12));
        getChildren().addAll(entryForm(), filterRow(), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        buildList();
    }

    private VBox entryForm() {
        MomentPicker at = new MomentPicker(ZoneId.systemDefault());
        at.setId("timeline-at");
        at.datePicker().setId("timeline-at-date");
        at.timeField().setId("timeline-at-time");
        at.show(Optional.of(MomentInZone.of(ZonedDateTime.now())));
        ComboBox<TimelineKind> kind = new ComboBox<>(FXCollections.observableArrayList(TimelineKind.values()));
        kind.setId("timeline-kind");
        kind.setConverter(labels());
        kind.setValue(TimelineKind.NOTE);
        TextArea text = new TextArea();
        text.setId("timeline-text");
        text.setPromptText("What happened (Ctrl+Enter adds the entry)");
        text.setPrefRowCount(2);
        text.setWrapText(true);
        CheckBox correction = new CheckBox("Corrects the selected entry");
        correction.setId("timeline-corrects");
        correction.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        CheckBox privilege = new CheckBox("Legal privilege");
        privilege.setId("timeline-privileged");
        privilege.setTooltip(new javafx.scene.control.Tooltip(
                "Kept out of exports and reports unless they are asked to include privileged notes"));
        Button add = new Button("Add entry", new FontIcon(Feather.PLUS));
        add.setId("timeline-add");
        add.getStyleClass().add(Styles.ACCENT);
        Label error = new Label();
        error.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        error.textProperty().bind(model.inputErrorProperty());
        Runnable submit = () -> {
            Optional<MomentInZone> when;
            try {
                when = at.value();
            } catch (IllegalArgumentException e) {
                model.reportInputError(e.getMessage());
                return;
            }
            Optional<TimelineEntry> corrects = correction.isSelected()
                    ? Optional.ofNullable(list.getSelectionModel().getSelectedItem()) : Optional.empty();
            if (model.add(when, kind.getValue(), text.getText(), corrects, privilege.isSelected())) {
                text.clear();
                correction.setSelected(false);
                privilege.setSelected(false);
            }
        };
        add.setOnAction(e -> submit.run());
        text.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(e)) {
                submit.run();
                e.consume();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, at, kind);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox bottom = new HBox(8, correction, privilege, spacer, add);
        bottom.setAlignment(Pos.CENTER_LEFT);
        Label heading = new Label("Add to the timeline");
        heading.getStyleClass().add(Styles.TITLE_4);
        return new VBox(6, heading, top, text, bottom, error);
    }

    private HBox filterRow() {
        List<TimelineKind> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(List.of(TimelineKind.values()));
        ComboBox<TimelineKind> filter = new ComboBox<>(FXCollections.observableArrayList(kinds));
        filter.setId("timeline-filter");
        filter.setConverter(labels());
        filter.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(TimelineKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? "All kinds" : item.label());
            }
        });
        filter.valueProperty().bindBidirectional(model.kindFilterProperty());
        Label label = new Label("Show");
        HBox row = new HBox(8, label, filter);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static StringConverter<TimelineKind> labels() {
        return new StringConverter<>() {
            @Override
            public String toString(TimelineKind kind) {
                return kind == null ? "All kinds" : kind.label();
            }

            @Override
            public TimelineKind fromString(String s) {
                return null;
            }
        };
    }

    private void buildList() {
        list.setId("timeline-list");
        list.setItems(model.entries());
        list.setPlaceholder(new Label("No timeline entries yet."));
        list.setCellFactory(v -> new EntryCell());
    }

    /** Two lines per entry: when, kind, who and when logged above; the entry itself below, wrapped. */
    private final class EntryCell extends ListCell<TimelineEntry> {
        private final Label meta = new Label();
        private final Label privileged = new Label("Legal privilege", new FontIcon(Feather.LOCK));
        private final Label body = new Label();
        private final VBox box = new VBox(2, new HBox(8, meta, privileged), body);

        EntryCell() {
            meta.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            privileged.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING, "privilege-marker");
            privileged.managedProperty().bind(privileged.visibleProperty());
            body.setWrapText(true);
            body.setMinHeight(Region.USE_PREF_SIZE);
            box.setPadding(new Insets(2, 0, 2, 0));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TimelineEntry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            meta.setText("#" + e.id() + "  " + e.eventAt().display() + "  ·  " + e.kind().label()
                    + "  ·  logged " + e.loggedAt().toString().replace('T', ' ').replace("Z", " UTC") + " by " + e.actor());
            String corrected = model.correctionsOf(e).stream().map(c -> "#" + c.id()).collect(Collectors.joining(", "));
            privileged.setVisible(e.privileged());
            body.setText((e.corrects().isPresent() ? "Correction of #" + e.corrects().getAsLong() + ": " : "") + e.text()
                    + (corrected.isEmpty() ? "" : "   (corrected by " + corrected + ")"));
            body.maxWidthProperty().bind(list.widthProperty().subtract(40));
            setGraphic(box);
        }
    }
}
