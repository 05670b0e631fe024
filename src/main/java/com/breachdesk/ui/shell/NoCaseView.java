package com.breachdesk.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Shown when no case is open: the three ways to get one. */
final class NoCaseView extends VBox {

    NoCaseView(MainViewModel model) {
        super(16);
        setAlignment(Pos.CENTER);
        setPadding(new Insets(40));
        setId("no-case");
        Label title = new Label("No case is open");
        title.getStyleClass().add(Styles.TITLE_2);
        Label text = new Label("A case file holds one incident: its timeline, the people affected, the deadlines and the letters.");
        text.getStyleClass().add(Styles.TEXT_MUTED);
        Button create = new Button("New case…", new FontIcon(Feather.FILE_PLUS));
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> model.newCase());
        Button open = new Button("Open…", new FontIcon(Feather.FOLDER));
        open.setOnAction(e -> model.openCase());
        Button demo = new Button("Open demo case", new FontIcon(Feather.PLAY_CIRCLE));
        demo.setOnAction(e -> model.openDemoCase());
        HBox buttons = new HBox(10, create, open, demo);
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(title, text, buttons);
    }
}
