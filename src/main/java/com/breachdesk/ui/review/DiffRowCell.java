package com.breachdesk.ui.review;

import com.breachdesk.review.DraftDiff;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.List;

/** One row of a side-by-side diff: old line on the left, new line on the right, changed words marked. */
final class DiffRowCell extends ListCell<DraftDiff.Row> {

    private final Label oldNumber = new Label();
    private final TextFlow left = new TextFlow();
    private final Label newNumber = new Label();
    private final TextFlow right = new TextFlow();
    private final HBox box = new HBox(6, oldNumber, left, newNumber, right);

    DiffRowCell() {
        oldNumber.getStyleClass().add("diff-line-number");
        newNumber.getStyleClass().add("diff-line-number");
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.prefWidthProperty().bind(box.widthProperty().subtract(100).divide(2));
        right.prefWidthProperty().bind(box.widthProperty().subtract(100).divide(2));
        box.setPadding(new Insets(1, 4, 1, 4));
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(DraftDiff.Row row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("diff-row-changed", "diff-row-deleted", "diff-row-inserted");
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        oldNumber.setText(row.oldLine() == 0 ? "" : Integer.toString(row.oldLine()));
        newNumber.setText(row.newLine() == 0 ? "" : Integer.toString(row.newLine()));
        fill(left, row.left(), "diff-removed");
        fill(right, row.right(), "diff-added");
        switch (row.kind()) {
            case CHANGED -> getStyleClass().add("diff-row-changed");
            case DELETED -> getStyleClass().add("diff-row-deleted");
            case INSERTED -> getStyleClass().add("diff-row-inserted");
            case EQUAL -> { }
        }
        setGraphic(box);
    }

    private static void fill(TextFlow flow, List<DraftDiff.Segment> segments, String changedStyle) {
        flow.getChildren().clear();
        for (DraftDiff.Segment s : segments) {
            Text t = new Text(s.text());
            t.getStyleClass().add("text");
            if (s.changed()) {
                t.getStyleClass().add(changedStyle);
            }
            flow.getChildren().add(t);
        }
    }
}
