package com.breachdesk.ui.review;

import com.breachdesk.delivery.SendChannel;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** When, how and with what evidence a notice went out: a final letter batch or the notice for one obligation. */
final class MarkSentDialog extends Dialog<ButtonType> {

    static final ButtonType MARK = new ButtonType("Mark as sent", ButtonBar.ButtonData.OK_DONE);

    MarkSentDialog(Window owner, ReviewViewModel model) {
        initOwner(owner);
        setTitle("Mark as sent");
        setHeaderText("Record a notice as sent. The evidence file is copied into the case.");
        ComboBox<ReviewViewModel.SendTarget> target = new ComboBox<>(model.sendTargets());
        target.setId("sent-target");
        target.valueProperty().bindBidirectional(model.sendTargetProperty());
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReviewViewModel.SendTarget t) {
                return t == null ? "" : t.label();
            }

            @Override
            public ReviewViewModel.SendTarget fromString(String s) {
                return null;
            }
        });
        target.setPrefWidth(460);
        DatePicker date = new DatePicker();
        date.setId("sent-date");
        date.valueProperty().bindBidirectional(model.sentDateProperty());
        TextField time = new TextField();
        time.setId("sent-time");
        time.setPrefColumnCount(6);
        time.setPromptText("HH:MM");
        time.textProperty().bindBidirectional(model.sentTimeProperty());
        ComboBox<SendChannel> channel = new ComboBox<>(FXCollections.observableArrayList(SendChannel.values()));
        channel.setId("sent-channel");
        channel.valueProperty().bindBidirectional(model.sentChannelProperty());
        channel.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SendChannel item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        channel.setButtonCell(channel.getCellFactory().call(null));
        TextField reference = new TextField();
        reference.setId("sent-reference");
        reference.setPromptText("Reference from the authority, portal or carrier");
        reference.textProperty().bindBidirectional(model.sentReferenceProperty());
        Label file = new Label();
        file.setId("sent-evidence");
        file.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.evidenceProperty().get() == null
                ? "No file attached" : model.evidenceProperty().get().getFileName().toString(), model.evidenceProperty()));
        Button attach = new Button("Attach evidence…");
        attach.setId("sent-attach");
        attach.setOnAction(e -> model.chooseEvidence());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("What was sent"), target);
        form.addRow(1, new Label("Date and time (" + model.zoneProperty().get().getId() + ")"), new HBox(8, date, time));
        form.addRow(2, new Label("Channel"), channel);
        form.addRow(3, new Label("Reference"), reference);
        form.addRow(4, new Label("Evidence"), new HBox(8, attach, file));
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(MARK, ButtonType.CANCEL);
        getDialogPane().lookupButton(MARK).setId("sent-confirm");
        getDialogPane().lookupButton(MARK).disableProperty().bind(target.valueProperty().isNull());
    }
}
