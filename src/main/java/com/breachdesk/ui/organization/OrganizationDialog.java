package com.breachdesk.ui.organization;

import atlantafx.base.theme.Styles;
import com.breachdesk.organization.EnvelopeWindow;
import com.breachdesk.organization.InventoryItem;
import com.breachdesk.organization.OrganizationField;
import com.breachdesk.organization.PaperSize;
import com.breachdesk.vocabulary.Coded;
import com.breachdesk.vocabulary.Countries;
import com.breachdesk.vocabulary.DataCategory;
import com.breachdesk.vocabulary.Sector;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Case ▸ Organization profile…: who is notifying, shown on every letter. */
public final class OrganizationDialog extends Dialog<Boolean> {

    public OrganizationDialog(Window owner, OrganizationViewModel model) {
        initOwner(owner);
        setTitle("Organization profile");
        setHeaderText("Who is notifying: this appears on every letter and decides which laws apply.");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        int row = 0;
        for (OrganizationField f : List.of(OrganizationField.LEGAL_NAME, OrganizationField.REGISTRATION_NUMBER,
                OrganizationField.CONTACT_NAME, OrganizationField.CONTACT_EMAIL, OrganizationField.CONTACT_PHONE,
                OrganizationField.DPO_NAME, OrganizationField.DPO_EMAIL, OrganizationField.ESTABLISHMENTS)) {
            TextField text = new TextField();
            text.setId("org-" + f.column());
            text.textProperty().bindBidirectional(model.field(f));
            grid.addRow(row++, new Label(f.label()), text);
        }
        TextArea address = new TextArea();
        address.setId("org-address");
        address.setPrefRowCount(3);
        address.textProperty().bindBidirectional(model.field(OrganizationField.ADDRESS));
        grid.addRow(row++, new Label(OrganizationField.ADDRESS.label()), address);

        List<String> eea = new ArrayList<>();
        eea.add("");
        eea.addAll(Countries.EU.stream().sorted().toList());
        eea.addAll(Countries.EEA_NON_EU.stream().sorted().toList());
        ComboBox<String> main = new ComboBox<>(FXCollections.observableArrayList(eea));
        main.setId("org-eu_main_establishment");
        main.valueProperty().bindBidirectional(model.field(OrganizationField.EU_MAIN_ESTABLISHMENT));
        grid.addRow(row++, new Label("EU main establishment (none = no one-stop shop)"), main);

        VBox sectors = new VBox(4);
        for (Sector sector : Sector.values()) {
            CheckBox box = new CheckBox(sector.label());
            box.setSelected(Coded.parseSet(Sector.class, model.field(OrganizationField.SECTORS).get()).contains(sector));
            box.selectedProperty().addListener((o, a, selected) -> {
                EnumSet<Sector> set = Coded.parseSet(Sector.class, model.field(OrganizationField.SECTORS).get());
                if (selected) {
                    set.add(sector);
                } else {
                    set.remove(sector);
                }
                String ids = Coded.joinIds(set);
                model.field(OrganizationField.SECTORS).set(ids == null ? "" : ids);
            });
            sectors.getChildren().add(box);
        }
        grid.addRow(row++, new Label(OrganizationField.SECTORS.label()), sectors);
        grid.addRow(row++, new Label(OrganizationField.PAPER_SIZE.label()), codedBox(PaperSize.class, model, OrganizationField.PAPER_SIZE));
        grid.addRow(row++, new Label(OrganizationField.ENVELOPE_WINDOW.label()),
                codedBox(EnvelopeWindow.class, model, OrganizationField.ENVELOPE_WINDOW));
        grid.addRow(row++, new Label(OrganizationField.DATA_INVENTORY.label()), inventoryEditor(model));
        CheckBox asDefault = new CheckBox("Also use this profile for new cases");
        asDefault.selectedProperty().bindBidirectional(model.useAsDefaultProperty());
        grid.add(asDefault, 1, row++);
        Label problems = new Label();
        problems.getStyleClass().add(Styles.DANGER);
        problems.setWrapText(true);
        grid.add(problems, 0, row, 2, 1);

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        scroll.setPrefViewportWidth(720);
        getDialogPane().setContent(scroll);
        ButtonType save = new ButtonType("Save profile", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            Map<String, String> found = model.problems();
            if (!found.isEmpty()) {
                problems.setText(found.entrySet().stream().map(p -> p.getKey() + ": " + p.getValue())
                        .collect(Collectors.joining("\n")));
                e.consume();
            }
        });
        setResultConverter(button -> button == save && model.save());
    }

    private static <E extends Enum<E> & Coded> ComboBox<String> codedBox(Class<E> type, OrganizationViewModel model,
                                                                         OrganizationField field) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(
                Arrays.stream(type.getEnumConstants()).map(Coded::id).toList()));
        box.valueProperty().bindBidirectional(model.field(field));
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return Coded.find(type, id).map(Coded::label).orElse(id == null ? "" : id);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        return box;
    }

    private static VBox inventoryEditor(OrganizationViewModel model) {
        TableView<InventoryItem> table = new TableView<>(model.inventory());
        table.setPrefHeight(170);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<InventoryItem, String> label = new TableColumn<>("What the organization calls it");
        label.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        TableColumn<InventoryItem, String> cats = new TableColumn<>("Data categories");
        cats.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().categories().stream().sorted()
                .map(DataCategory::id).collect(Collectors.joining(", "))));
        table.getColumns().setAll(List.of(label, cats));
        TextField name = new TextField();
        name.setPromptText("e.g. Billing data");
        CheckComboBox<DataCategory> categories = new CheckComboBox<>(FXCollections.observableArrayList(DataCategory.values()));
        categories.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(DataCategory c) {
                return c == null ? "" : c.label();
            }

            @Override
            public DataCategory fromString(String s) {
                return null;
            }
        });
        categories.setTitle("Categories");
        Button add = new Button("Add");
        add.setOnAction(e -> {
            if (!name.getText().isBlank() && !categories.getCheckModel().getCheckedItems().isEmpty()) {
                model.inventory().add(new InventoryItem(name.getText().strip(),
                        EnumSet.copyOf(categories.getCheckModel().getCheckedItems())));
                name.clear();
                categories.getCheckModel().clearChecks();
            }
        });
        Button remove = new Button("Remove selected");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.inventory().remove(table.getSelectionModel().getSelectedItem()));
        return new VBox(6, table, new HBox(6, name, categories, add, remove));
    }
}
