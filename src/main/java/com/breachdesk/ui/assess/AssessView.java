package com.breachdesk.ui.assess;

import atlantafx.base.theme.Styles;
import com.breachdesk.risk.AssessmentField;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Map;

/** Assess step: the factor form with help on the left, the live result and its reasons on the right. */
public final class AssessView extends SplitPane {

    private static final Map<AssessmentField, String> LABELS = Map.ofEntries(
            Map.entry(AssessmentField.EASE_OF_IDENTIFICATION, "Ease of identification"),
            Map.entry(AssessmentField.VULNERABLE_SUBJECTS, "Vulnerable people affected"),
            Map.entry(AssessmentField.RESTORED_WITHIN_HOURS, "Restored within (hours)"),
            Map.entry(AssessmentField.RECIPIENT_TRUSTED, "Only a trusted recipient, who deleted it"),
            Map.entry(AssessmentField.MISUSE_OBSERVED, "Misuse observed"),
            Map.entry(AssessmentField.PUBLISHED, "Published or offered for sale"),
            Map.entry(AssessmentField.CREDENTIALS, "Passwords stored as"),
            Map.entry(AssessmentField.DISPROPORTIONATE_EFFORT, "Individual notice is disproportionate"),
            Map.entry(AssessmentField.ECOMMS_SERVICE_RELATED, "Breach of the communications service"),
            Map.entry(AssessmentField.PROCESSOR_ROLE, "We processed the data for another organization"),
            Map.entry(AssessmentField.INCLUDE_DRAFTS, "Include draft laws"),
            Map.entry(AssessmentField.OVERRIDE_LEVEL, "Risk level"),
            Map.entry(AssessmentField.OVERRIDE_NOTIFY_AUTHORITY, "Notify the authority"),
            Map.entry(AssessmentField.OVERRIDE_NOTIFY_INDIVIDUALS, "Tell the people affected"),
            Map.entry(AssessmentField.OVERRIDE_JUSTIFICATION, "Justification"));

    public AssessView(AssessViewModel model) {
        setId("assess-view");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(4);
        form.setPadding(new Insets(12));
        int row = 0;
        Label factors = new Label("Risk factors");
        factors.getStyleClass().add(Styles.TITLE_4);
        form.add(factors, 0, row++, 2, 1);
        for (Map.Entry<AssessmentField, String> e : AssessViewModel.HELP.entrySet()) {
            AssessmentField f = e.getKey();
            form.add(new Label(LABELS.get(f)), 0, row);
            form.add(input(model, f), 1, row++);
            Label help = new Label(e.getValue());
            help.setWrapText(true);
            help.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            form.add(help, 1, row++);
        }
        Label people = new Label("Affected people (estimates until a roster is imported)");
        people.getStyleClass().add(Styles.TITLE_4);
        form.add(people, 0, row++, 2, 1);
        ListView<String> estimates = new ListView<>(model.estimates());
        estimates.setId("assess-estimates");
        estimates.setPrefHeight(110);
        estimates.setPlaceholder(new Label("No estimates: add jurisdictions such as PL or US-CA with a count."));
        form.add(estimates, 1, row++);
        TextField jurisdiction = new TextField();
        jurisdiction.setId("assess-estimate-jurisdiction");
        jurisdiction.setPromptText("PL, US-CA…");
        jurisdiction.setPrefColumnCount(6);
        jurisdiction.textProperty().bindBidirectional(model.estimateJurisdictionProperty());
        TextField count = new TextField();
        count.setId("assess-estimate-count");
        count.setPromptText("people (0 removes)");
        count.textProperty().bindBidirectional(model.estimateCountProperty());
        count.setOnAction(e -> model.setEstimate());
        Button setEstimate = new Button("Set estimate");
        setEstimate.setId("assess-set-estimate");
        setEstimate.setOnAction(e -> model.setEstimate());
        form.add(new HBox(8, jurisdiction, count, setEstimate), 1, row++);

        Label override = new Label("Your decision, where it differs (kept beside the computed one)");
        override.getStyleClass().add(Styles.TITLE_4);
        form.add(override, 0, row++, 2, 1);
        for (AssessmentField f : new AssessmentField[] {AssessmentField.OVERRIDE_LEVEL, AssessmentField.OVERRIDE_NOTIFY_AUTHORITY,
                AssessmentField.OVERRIDE_NOTIFY_INDIVIDUALS}) {
            form.add(new Label(LABELS.get(f)), 0, row);
            form.add(input(model, f), 1, row++);
        }
        TextArea justification = new TextArea();
        justification.setId("assess-override_justification");
        justification.setPrefRowCount(3);
        justification.setWrapText(true);
        justification.setPromptText("Why the computed decision does not fit this breach (required for an override)");
        justification.textProperty().bindBidirectional(model.value(AssessmentField.OVERRIDE_JUSTIFICATION));
        form.add(new Label(LABELS.get(AssessmentField.OVERRIDE_JUSTIFICATION)), 0, row);
        form.add(justification, 1, row++);
        Button record = new Button("Record override", new FontIcon(Feather.EDIT_3));
        record.setId("assess-record-override");
        record.setOnAction(e -> model.recordOverride());
        Button clear = new Button("Remove override");
        clear.setOnAction(e -> model.clearOverride());
        form.add(new HBox(8, record, clear), 1, row);
        GridPane.setHgrow(justification, Priority.ALWAYS);
        ScrollPane left = new ScrollPane(form);
        left.setFitToWidth(true);

        Label level = new Label();
        level.setId("assess-level");
        level.getStyleClass().add(Styles.TITLE_3);
        level.textProperty().bind(model.levelProperty());
        Label decision = new Label();
        decision.setId("assess-decision");
        decision.setWrapText(true);
        decision.textProperty().bind(model.decisionProperty());
        Label provenance = new Label();
        provenance.setWrapText(true);
        provenance.getStyleClass().add(Styles.TEXT_MUTED);
        provenance.textProperty().bind(model.computedVsOverrideProperty());
        ListView<String> reasons = new ListView<>(model.reasons());
        reasons.setId("assess-reasons");
        reasons.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        VBox.setVgrow(reasons, Priority.ALWAYS);
        VBox right = new VBox(8, level, decision, provenance, reasons);
        right.setPadding(new Insets(12));
        getItems().addAll(left, right);
        setDividerPositions(0.55);
    }

    private static Node input(AssessViewModel model, AssessmentField f) {
        if (f == AssessmentField.RESTORED_WITHIN_HOURS) {
            TextField hours = new TextField();
            hours.setId("assess-" + f.column());
            hours.setPromptText("hours");
            hours.setText(model.value(f).get());
            model.value(f).addListener((o, a, b) -> {
                if (!hours.isFocused()) {
                    hours.setText(b);
                }
            });
            // Saved when the field is left or Enter is pressed, like the incident form.
            hours.setOnAction(e -> model.value(f).set(hours.getText().strip()));
            hours.focusedProperty().addListener((o, a, focused) -> {
                if (!focused) {
                    model.value(f).set(hours.getText().strip());
                }
            });
            return hours;
        }
        ComboBox<String> box = new ComboBox<>();
        box.setId("assess-" + f.column());
        box.getItems().setAll(AssessViewModel.choices(f));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return AssessViewModel.choiceLabel(id);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.valueProperty().bindBidirectional(model.value(f));
        return box;
    }
}
