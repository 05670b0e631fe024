package com.breachdesk.ui.audit;

import atlantafx.base.theme.Styles;
import com.breachdesk.audit.AuditEntry;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.function.Function;

/** Audit panel: who changed what and when, newest first, and the "Verify integrity" check. */
public final class AuditView extends VBox {

    public AuditView(AuditViewModel model) {
        super(10);
        setPadding(new Insets(12));
        Button verify = new Button("Verify integrity", new FontIcon(Feather.SHIELD));
        verify.setId("audit-verify");
        verify.setOnAction(e -> model.verify());
        Label result = new Label();
        result.setId("audit-integrity");
        result.setWrapText(true);
        result.textProperty().bind(model.integrityTextProperty());
        model.integrityProperty().addListener((o, a, b) -> {
            result.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            if (b == AuditViewModel.Integrity.INTACT) {
                result.getStyleClass().add(Styles.SUCCESS);
            } else if (b == AuditViewModel.Integrity.BROKEN) {
                result.getStyleClass().add(Styles.DANGER);
            }
        });
        HBox top = new HBox(10, verify, result);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(result, Priority.ALWAYS);

        TableView<AuditEntry> table = new TableView<>(model.entries());
        table.setId("audit-table");
        table.setPlaceholder(new Label("No changes recorded yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("#", 50, e -> Long.toString(e.seq())),
                column("When (UTC)", 150, e -> e.at().toString().replace('T', ' ').replaceAll("\\.\\d+Z|Z", "")),
                column("Who", 100, AuditEntry::actor),
                column("What", 170, e -> e.change().entity() + (e.change().field() == null ? "" : "." + e.change().field())
                        + " (" + e.change().action() + ")"),
                column("Old value", 160, e -> shorten(e.change().oldValue())),
                column("New value", 220, e -> shorten(e.change().newValue()))));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(top, table);
    }

    private static String shorten(String value) {
        if (value == null) {
            return "—";
        }
        String oneLine = value.replace('\n', ' ');
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }

    private static TableColumn<AuditEntry, String> column(String title, double width, Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
