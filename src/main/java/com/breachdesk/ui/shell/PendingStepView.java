package com.breachdesk.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** What a step shows until it is built: a plain statement, no sample data. */
public final class PendingStepView extends VBox {

    public PendingStepView(Step step, String whatItWillDo) {
        super(12);
        setAlignment(Pos.CENTER);
        setPadding(new Insets(40));
        setId("pending-" + step.name().toLowerCase());
        FontIcon icon = new FontIcon(step.icon());
        icon.setIconSize(48);
        Label title = new Label(step.label() + " is not built yet");
        title.getStyleClass().add(Styles.TITLE_3);
        Label text = new Label(whatItWillDo);
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(icon, title, text);
    }
}
