package com.breachdesk.ui.review;

import atlantafx.base.theme.Styles;
import com.breachdesk.letters.template.LetterTemplate;
import com.breachdesk.review.Draft;
import com.breachdesk.review.DraftVersion;
import com.breachdesk.review.ReviewComment;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Legal review of the case's letters: drafts on the left; the selected draft's text, comparison of versions and
 * history in the middle; comments on paragraphs on the right. Buttons are enabled by the draft's state.
 */
public final class ReviewView extends BorderPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final ReviewViewModel model;

    public ReviewView(ReviewViewModel model) {
        this.model = model;
        setId("review-view");
        setPadding(new Insets(12));
        SplitPane split = new SplitPane(draftList(), draftPane(), commentsPane());
        split.setDividerPositions(0.2, 0.72);
        setCenter(split);
        Label message = new Label();
        message.setId("review-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        BorderPane.setMargin(message, new Insets(8, 0, 0, 0));
        setBottom(message);
    }

    // ---- left: drafts and "new draft"

    private VBox draftList() {
        Label heading = new Label("Drafts in this case");
        heading.getStyleClass().add(Styles.TITLE_4);
        ListView<Draft> list = new ListView<>(model.drafts());
        list.setId("review-drafts");
        list.setPlaceholder(new Label("No drafts yet.\nChoose a template below."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Draft d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.templateId() + "\nv" + d.latestVersion() + " · "
                        + d.state().label() + (d.approvedVersion().isPresent() && d.approvedVersion().getAsInt() != d.latestVersion()
                        ? " (v" + d.approvedVersion().getAsInt() + " approved)" : ""));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> {
            if (d != null && !d.equals(model.selectedProperty().get())) {
                model.selectedProperty().set(d);
            }
        });
        model.selectedProperty().addListener((o, a, d) -> {
            if (d == null) {
                list.getSelectionModel().clearSelection();
            } else if (!d.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(d);
            }
        });
        ComboBox<LetterTemplate> template = new ComboBox<>(model.templates());
        template.setId("review-template");
        template.setPromptText("Template…");
        template.setMaxWidth(Double.MAX_VALUE);
        template.setConverter(new StringConverter<>() {
            @Override
            public String toString(LetterTemplate t) {
                return t == null ? "" : t.header().label() + " (" + t.origin().name().toLowerCase(Locale.ROOT) + ")";
            }

            @Override
            public LetterTemplate fromString(String s) {
                return null;
            }
        });
        template.valueProperty().bindBidirectional(model.newDraftTemplateProperty());
        Button create = new Button("New draft", new FontIcon(Feather.COPY));
        create.setId("review-new-draft");
        create.disableProperty().bind(template.valueProperty().isNull().or(model.busyProperty()));
        create.setOnAction(e -> model.createDraft());
        VBox box = new VBox(8, heading, list, template, create);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(0, 8, 0, 0));
        return box;
    }

    // ---- middle: state, actions, text / compare / history

    private VBox draftPane() {
        Label state = new Label();
        state.setId("review-state");
        state.getStyleClass().add(Styles.TITLE_4);
        state.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "Select a draft" : ReviewViewModel.describe(model.selectedProperty().get()), model.selectedProperty()));

        Button submit = new Button("Submit for review", new FontIcon(Feather.SEND));
        submit.setId("review-submit");
        submit.disableProperty().bind(model.canSubmitProperty().not().or(model.dirtyProperty()).or(model.busyProperty()));
        submit.setOnAction(e -> model.submit());
        TextField changeNote = new TextField();
        changeNote.setId("review-change-note");
        changeNote.setPromptText("What to change");
        changeNote.textProperty().bindBidirectional(model.changeNoteProperty());
        changeNote.disableProperty().bind(model.canDecideProperty().not());
        HBox.setHgrow(changeNote, Priority.ALWAYS);
        Button requestChanges = new Button("Request changes", new FontIcon(Feather.CORNER_UP_LEFT));
        requestChanges.setId("review-request-changes");
        requestChanges.disableProperty().bind(model.canDecideProperty().not().or(model.busyProperty()));
        requestChanges.setOnAction(e -> model.requestChanges());
        Button approve = new Button("Approve…", new FontIcon(Feather.CHECK_CIRCLE));
        approve.setId("review-approve");
        approve.getStyleClass().add(Styles.SUCCESS);
        approve.disableProperty().bind(model.canDecideProperty().not().or(model.busyProperty()));
        approve.setOnAction(e -> {
            model.prepareApproval();
            new ApproveDialog(getScene().getWindow(), model).showAndWait()
                    .filter(ApproveDialog.APPROVE::equals).ifPresent(b -> model.approve());
        });
        FlowPane decide = wrapping(submit, changeNote, requestChanges, approve);
        decide.setAlignment(Pos.CENTER_LEFT);

        Button generate = new Button("Generate final letters…", new FontIcon(Feather.PRINTER));
        generate.setId("review-generate");
        generate.disableProperty().bind(model.canGenerateProperty().not().or(model.busyProperty()));
        generate.setOnAction(e -> model.generateFinal());
        Button markSent = new Button("Mark as sent…", new FontIcon(Feather.MAIL));
        markSent.setId("review-mark-sent");
        markSent.disableProperty().bind(Bindings.isEmpty(model.sendTargets()).or(model.busyProperty()));
        markSent.setOnAction(e -> {
            model.prepareMarkSent();
            new MarkSentDialog(getScene().getWindow(), model).showAndWait()
                    .filter(MarkSentDialog.MARK::equals).ifPresent(b -> model.markSent());
        });
        FlowPane send = wrapping(generate, markSent);
        send.setAlignment(Pos.CENTER_LEFT);

        TabPane tabs = new TabPane(textTab(), compareTab(), historyTab());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox box = new VBox(8, state, decide, send, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        box.setPadding(new Insets(0, 8, 0, 8));
        return box;
    }

    private Tab textTab() {
        TextArea editor = new TextArea();
        editor.setId("review-editor");
        editor.setWrapText(true);
        editor.setStyle("-fx-font-family: monospace;");
        editor.textProperty().bindBidirectional(model.editorTextProperty());
        editor.editableProperty().bind(model.canEditProperty());
        TextField note = new TextField();
        note.setId("review-version-note");
        note.setPromptText("What changed and why (optional)");
        note.textProperty().bindBidirectional(model.versionNoteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button save = new Button("Save as new version", new FontIcon(Feather.SAVE));
        save.setId("review-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.dirtyProperty().not().or(model.canEditProperty().not()).or(model.busyProperty()));
        save.setOnAction(e -> model.saveVersion());
        Label hint = new Label("A version never changes once saved. Editing an approved draft makes a new version; "
                + "the approved one keeps printing until the new one is approved.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox box = new VBox(6, editor, new HBox(8, note, save), hint);
        VBox.setVgrow(editor, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        Tab tab = new Tab("Text", box);
        tab.setId("review-tab-text");
        return tab;
    }

    private Tab compareTab() {
        ComboBox<Integer> from = versionChooser("review-diff-from");
        from.valueProperty().bindBidirectional(model.diffFromProperty());
        ComboBox<Integer> to = versionChooser("review-diff-to");
        to.valueProperty().bindBidirectional(model.diffToProperty());
        Button compare = new Button("Compare", new FontIcon(Feather.COLUMNS));
        compare.setId("review-compare");
        compare.setOnAction(e -> model.showDiff());
        HBox choose = new HBox(8, new Label("Old"), from, new Label("New"), to, compare);
        choose.setAlignment(Pos.CENTER_LEFT);
        ListView<com.breachdesk.review.DraftDiff.Row> rows = new ListView<>(model.diffRows());
        rows.setId("review-diff");
        rows.setCellFactory(v -> new DiffRowCell());
        rows.setPlaceholder(new Label("Choose two versions to compare."));
        VBox box = new VBox(8, choose, rows);
        VBox.setVgrow(rows, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        Tab tab = new Tab("Compare versions", box);
        tab.setId("review-tab-compare");
        return tab;
    }

    private ComboBox<Integer> versionChooser(String id) {
        ComboBox<Integer> box = new ComboBox<>(model.versionNumbers());
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : "v" + v;
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private Tab historyTab() {
        ListView<DraftVersion> versions = new ListView<>(model.versions());
        versions.setId("review-versions");
        versions.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DraftVersion d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : "v" + d.version() + " · " + d.state().label() + " · "
                        + d.createdBy() + ", " + WHEN.format(d.createdAt()) + (d.note() == null ? "" : " · " + d.note())
                        + "\nsha256 " + d.sha256());
            }
        });
        Tab tab = new Tab("Versions", versions);
        tab.setId("review-tab-versions");
        return tab;
    }

    // ---- right: comments

    private VBox commentsPane() {
        Label heading = new Label("Comments");
        heading.getStyleClass().add(Styles.TITLE_4);
        ListView<ReviewComment> list = new ListView<>(model.comments());
        list.setId("review-comments");
        list.setPlaceholder(new Label("No comments."));
        list.setCellFactory(v -> new CommentCell());
        Button resolve = new Button("Resolve", new FontIcon(Feather.CHECK));
        resolve.setId("review-resolve");
        resolve.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ReviewComment c = list.getSelectionModel().getSelectedItem();
            return c == null || c.resolved();
        }, list.getSelectionModel().selectedItemProperty()).or(model.busyProperty()));
        resolve.setOnAction(e -> model.resolve(list.getSelectionModel().getSelectedItem()));

        ComboBox<Integer> paragraph = new ComboBox<>();
        paragraph.setId("review-comment-paragraph");
        paragraph.setPromptText("Paragraph…");
        paragraph.setMaxWidth(Double.MAX_VALUE);
        model.paragraphs().addListener((javafx.collections.ListChangeListener<String>) c ->
                paragraph.getItems().setAll(java.util.stream.IntStream.range(0, model.paragraphs().size()).boxed().toList()));
        paragraph.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer i) {
                if (i == null || i >= model.paragraphs().size()) {
                    return "";
                }
                String p = model.paragraphs().get(i).replaceAll("\\s+", " ");
                return "¶" + i + "  " + (p.length() > 48 ? p.substring(0, 47) + "…" : p);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        paragraph.valueProperty().bindBidirectional(model.commentParagraphProperty());
        TextField quote = new TextField();
        quote.setId("review-comment-quote");
        quote.setPromptText("Words it is about (optional)");
        quote.textProperty().bindBidirectional(model.commentQuoteProperty());
        TextArea text = new TextArea();
        text.setId("review-comment-text");
        text.setPromptText("Comment");
        text.setPrefRowCount(3);
        text.setWrapText(true);
        text.textProperty().bindBidirectional(model.commentTextProperty());
        CheckBox privileged = new CheckBox("Legal privilege");
        privileged.setId("review-comment-privileged");
        privileged.selectedProperty().bindBidirectional(model.commentPrivilegedProperty());
        Button add = new Button("Add comment", new FontIcon(Feather.MESSAGE_SQUARE));
        add.setId("review-add-comment");
        add.disableProperty().bind(model.selectedProperty().isNull().or(text.textProperty().isEmpty())
                .or(model.busyProperty()));
        add.setOnAction(e -> model.addComment());
        Label commentOn = new Label("Comment on a paragraph of the newest version");
        commentOn.setWrapText(true);
        commentOn.setMinHeight(Region.USE_PREF_SIZE);
        privileged.setMinWidth(Region.USE_PREF_SIZE);
        add.setMinWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, heading, list, resolve, commentOn, paragraph, quote, text,
                wrapping(privileged, add));
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }

    /** A comment: where it points, what it says, who and when, privilege and resolution. */
    private static final class CommentCell extends ListCell<ReviewComment> {
        @Override
        protected void updateItem(ReviewComment c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setPrefWidth(0);
            setWrapText(true);
            setGraphic(c.privileged() ? new FontIcon(Feather.LOCK) : null);
            setText("#" + c.id() + " ¶" + c.paragraph() + " (v" + c.version() + ") “" + c.quote() + "”\n" + c.text()
                    + "\n" + c.author() + ", " + WHEN.format(c.createdAt())
                    + (c.privileged() ? " · legal privilege" : "")
                    + (c.resolved() ? " · resolved by " + c.resolvedBy() : " · open"));
            setStyle(c.resolved() ? "-fx-opacity: 0.6;" : "");
        }
    }

    /** A row of actions that wraps onto a second line in a narrow pane instead of cutting their labels. */
    private static FlowPane wrapping(Node... nodes) {
        for (Node n : nodes) {
            if (n instanceof Control c && !(n instanceof TextField)) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        FlowPane row = new FlowPane(8, 8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
