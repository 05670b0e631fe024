package com.breachdesk.ui.review;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks who approves (name and role) before the version in review is approved. */
final class ApproveDialog extends Dialog<ButtonType> {

    static final ButtonType APPROVE = new ButtonType("Approve", ButtonBar.ButtonData.OK_DONE);

    ApproveDialog(Window owner, ReviewViewModel model) {
        initOwner(owner);
        setTitle("Approve");
        setHeaderText("Approve " + ReviewViewModel.describe(model.selectedProperty().get())
                + "\nThe approval records your name, role, the time and the SHA-256 of exactly this text.");
        TextField name = new TextField();
        name.setId("approve-name");
        name.textProperty().bindBidirectional(model.approverNameProperty());
        TextField role = new TextField();
        role.setId("approve-role");
        role.setPromptText("e.g. counsel, DPO");
        role.textProperty().bindBidirectional(model.approverRoleProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Approver"), name);
        form.addRow(1, new Label("Role"), role);
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(APPROVE, ButtonType.CANCEL);
        getDialogPane().lookupButton(APPROVE).setId("approve-confirm");
        getDialogPane().lookupButton(APPROVE).disableProperty().bind(name.textProperty().isEmpty()
                .or(role.textProperty().isEmpty()));
        setOnShown(e -> name.requestFocus());
    }
}
