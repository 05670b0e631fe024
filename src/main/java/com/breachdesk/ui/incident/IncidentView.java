package com.breachdesk.ui.incident;

import atlantafx.base.theme.Styles;
import com.breachdesk.incident.FieldKind;
import com.breachdesk.incident.IncidentField;
import com.breachdesk.organization.InventoryItem;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.ui.common.MomentPicker;
import com.breachdesk.vocabulary.Coded;
import com.breachdesk.vocabulary.DataCategory;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The incident form. Every field saves when the user leaves it (or picks a value); problems show as
 * decorations and as text under the field. The view only moves values between controls and the view model.
 */
public final class IncidentView extends ScrollPane {

    private static final String EMPTY_CHOICE = "";

    private final IncidentViewModel model;
    private final ValidationSupport validation = new ValidationSupport();
    private final Map<IncidentField, Control> decorated = new EnumMap<>(IncidentField.class);
    private final Map<DataCategory, CheckBox> categoryBoxes = new EnumMap<>(DataCategory.class);
    private boolean filling;

    public IncidentView(IncidentViewModel model) {
        this.model = model;
        setFitToWidth(true);
        setId("incident-form");
        VBox content = new VBox(18);
        content.setPadding(new Insets(16, 20, 24, 20));
        content.getChildren().addAll(
                section("What happened", IncidentField.TITLE, IncidentField.TYPE, IncidentField.DESCRIPTION,
                        IncidentField.STATUS, IncidentField.NATURE, IncidentField.INTENT, IncidentField.CAUSE,
                        IncidentField.SYSTEMS_AFFECTED),
                section("When", IncidentField.OCCURRED_FROM, IncidentField.OCCURRED_TO, IncidentField.DISCOVERED_AT,
                        IncidentField.AWARE_AT, IncidentField.AWARE_DECIDED_BY, IncidentField.AWARE_EVIDENCE,
                        IncidentField.AWARE_REASON, IncidentField.DETERMINED_AT, IncidentField.CONTAINED_AT),
                section("Data", IncidentField.DATA_CATEGORIES, IncidentField.ENCRYPTION, IncidentField.EXFILTRATION,
                        IncidentField.DATA_RECOVERED, IncidentField.APPROXIMATE_RECORDS),
                section("Response", IncidentField.MEASURES_TAKEN, IncidentField.LAW_ENFORCEMENT_DELAY));
        setContent(content);
        content.disableProperty().bind(model.editableProperty().not());
        validation.setErrorDecorationEnabled(true);
    }

    private Node section(String title, IncidentField... fields) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints(150);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setMinWidth(260);
        controls.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, controls);
        int row = 0;
        for (IncidentField field : fields) {
            Label label = new Label(field.label() + (model.isRequired(field) ? " *" : ""));
            label.setWrapText(true);
            Node editor = editorFor(field);
            label.setLabelFor(editor);
            Label problem = new Label();
            problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
            problem.setWrapText(true);
            problem.textProperty().bind(model.problem(field));
            problem.visibleProperty().bind(model.problem(field).isNotNull());
            problem.managedProperty().bind(problem.visibleProperty());
            problem.setId("problem-" + field.column());
            grid.add(label, 0, row);
            grid.add(new VBox(2, editor, problem), 1, row++);
        }
        return new VBox(8, heading, grid);
    }

    private Node editorFor(IncidentField field) {
        return switch (field.kind()) {
            case TEXT, COUNT -> text(field, new TextField());
            case LONG_TEXT -> {
                TextArea area = new TextArea();
                area.setPrefRowCount(field == IncidentField.DESCRIPTION ? 4 : 2);
                area.setWrapText(true);
                yield text(field, area);
            }
            case MOMENT -> moment(field);
            case CHOICE -> choice(field, codedChoices(field));
            case YES_NO -> choice(field, List.of("true", "false"));
            case CHOICES -> field == IncidentField.DATA_CATEGORIES ? categories() : checkboxes(field);
        };
    }

    private Node text(IncidentField field, TextInputControl input) {
        input.setId("incident-" + field.column());
        input.setText(model.value(field).get());
        model.value(field).addListener((o, a, b) -> {
            if (!input.isFocused() || !input.getText().equals(b)) {
                input.setText(b);
            }
        });
        input.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                model.commit(field, input.getText());
            }
        });
        if (input instanceof TextField tf) {
            tf.setOnAction(e -> model.commit(field, tf.getText()));
        }
        decorate(field, input);
        return input;
    }

    private Node moment(IncidentField field) {
        MomentPicker picker = new MomentPicker(ZoneId.systemDefault());
        picker.setId("incident-" + field.column());
        picker.datePicker().setId("incident-" + field.column() + "-date");
        picker.timeField().setId("incident-" + field.column() + "-time");
        picker.zoneBox().setId("incident-" + field.column() + "-zone");
        ChangeListener<String> show = (o, a, b) -> {
            filling = true;
            picker.show(Optional.ofNullable(b).filter(s -> !s.isEmpty()).flatMap(MomentInZone::decode));
            filling = false;
        };
        model.value(field).addListener(show);
        show.changed(null, null, model.value(field).get());
        picker.setOnCommit(() -> {
            if (filling) {
                return;
            }
            picker.storedValueOrError().ifPresentOrElse(v -> model.commit(field, v),
                    () -> model.reportInputError(field, picker.errorProperty().get()));
        });
        decorate(field, picker.datePicker());
        return picker;
    }

    private List<String> codedChoices(IncidentField field) {
        return Arrays.stream(field.vocabulary().getEnumConstants()).map(Coded::id).toList();
    }

    private String labelOf(IncidentField field, String id) {
        if (id == null || id.isEmpty()) {
            return "—";
        }
        if (field.kind() == FieldKind.YES_NO) {
            return Boolean.parseBoolean(id) ? "Yes" : "No";
        }
        return Arrays.stream(field.vocabulary().getEnumConstants()).filter(c -> c.id().equals(id))
                .map(Coded::label).findFirst().orElse(id);
    }

    private Node choice(IncidentField field, List<String> ids) {
        List<String> items = new ArrayList<>();
        items.add(EMPTY_CHOICE);
        items.addAll(ids);
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setId("incident-" + field.column());
        StringConverter<String> converter = new StringConverter<>() {
            @Override
            public String toString(String id) {
                return labelOf(field, id);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
        box.setConverter(converter);
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        });
        box.setValue(model.value(field).get());
        model.value(field).addListener((o, a, b) -> {
            filling = true;
            box.setValue(b);
            filling = false;
        });
        box.valueProperty().addListener((o, a, b) -> {
            if (!filling) {
                model.commit(field, b == null ? "" : b);
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        decorate(field, box);
        return box;
    }

    private Node checkboxes(IncidentField field) {
        HBox row = new HBox(14);
        row.setId("incident-" + field.column());
        List<CheckBox> boxes = new ArrayList<>();
        for (Coded value : field.vocabulary().getEnumConstants()) {
            CheckBox box = new CheckBox(value.label());
            box.setId("incident-" + field.column() + "-" + value.id());
            box.setUserData(value.id());
            boxes.add(box);
            box.selectedProperty().addListener((o, a, b) -> {
                if (!filling) {
                    model.commit(field, String.join(",", boxes.stream().filter(CheckBox::isSelected)
                            .map(c -> (String) c.getUserData()).toList()));
                }
            });
        }
        row.getChildren().addAll(boxes);
        ChangeListener<String> show = (o, a, b) -> {
            filling = true;
            List<String> selected = b == null || b.isEmpty() ? List.of() : List.of(b.split(","));
            boxes.forEach(c -> c.setSelected(selected.contains((String) c.getUserData())));
            filling = false;
        };
        model.value(field).addListener(show);
        show.changed(null, null, model.value(field).get());
        return row;
    }

    private Node categories() {
        FlowPane flow = new FlowPane(10, 6);
        flow.setId("incident-data_categories");
        for (DataCategory category : DataCategory.values()) {
            CheckBox box = new CheckBox(category.label());
            box.setId("category-" + category.id());
            box.setTooltip(new Tooltip(category.id() + (category.gdprSpecialCategory() ? " — GDPR Art 9 special category" : "")));
            box.selectedProperty().addListener((o, a, b) -> {
                if (!filling) {
                    model.setCategory(category, b);
                }
            });
            categoryBoxes.put(category, box);
            flow.getChildren().add(box);
        }
        ChangeListener<String> show = (o, a, b) -> {
            filling = true;
            var selected = Coded.parseSet(DataCategory.class, b);
            categoryBoxes.forEach((c, box) -> box.setSelected(selected.contains(c)));
            filling = false;
        };
        model.value(IncidentField.DATA_CATEGORIES).addListener(show);
        show.changed(null, null, model.value(IncidentField.DATA_CATEGORIES).get());

        MenuButton fromInventory = new MenuButton("Add from data inventory");
        fromInventory.setId("add-from-inventory");
        fromInventory.getStyleClass().add(Styles.SMALL);
        Runnable fill = () -> {
            fromInventory.getItems().clear();
            for (InventoryItem item : model.inventory()) {
                MenuItem menuItem = new MenuItem(item.label() + " (" + item.categories().size() + " categories)");
                menuItem.setOnAction(e -> model.addInventoryItem(item));
                fromInventory.getItems().add(menuItem);
            }
            fromInventory.setDisable(model.inventory().isEmpty());
        };
        model.inventory().addListener((javafx.collections.ListChangeListener<InventoryItem>) c -> fill.run());
        fill.run();
        return new VBox(8, fromInventory, flow);
    }

    private void decorate(IncidentField field, Control control) {
        decorated.put(field, control);
        validation.registerValidator(control, model.isRequired(field), (Control c, Object value) -> {
            String problem = model.problem(field).get();
            return ValidationResult.fromMessageIf(c, problem, Severity.ERROR, problem != null);
        });
        model.problem(field).addListener((o, a, b) -> validation.revalidate(control));
    }
}
