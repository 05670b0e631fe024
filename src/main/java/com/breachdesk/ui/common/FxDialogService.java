package com.breachdesk.ui.common;

import com.breachdesk.casefile.CaseFile;
import com.breachdesk.handover.ExportOptions;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    private static final Logger LOG = Logger.getLogger(FxDialogService.class.getName());

    private final Supplier<Window> owner;
    private final Consumer<String> showDocument;

    public FxDialogService(Supplier<Window> owner) {
        this(owner, uri -> { });
    }

    /** {@code showDocument} is the application's {@code HostServices::showDocument}, which opens folders too. */
    public FxDialogService(Supplier<Window> owner, Consumer<String> showDocument) {
        this.owner = owner;
        this.showDocument = showDocument;
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path suggestedFolder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (suggestedFolder != null && Files.isDirectory(suggestedFolder)) {
            chooser.setInitialDirectory(suggestedFolder.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void openFolder(Path folder) {
        showDocument.accept(folder.toUri().toString());
    }

    private static FileChooser caseChooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter("Breachdesk case (*" + CaseFile.EXTENSION + ")", "*" + CaseFile.EXTENSION));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    @Override
    public Optional<Path> chooseNewCaseFile(Path suggestedFolder) {
        FileChooser chooser = caseChooser("New case", suggestedFolder);
        chooser.setInitialFileName("incident" + CaseFile.EXTENSION);
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        if (!path.getFileName().toString().endsWith(CaseFile.EXTENSION)) {
            path = path.resolveSibling(path.getFileName() + CaseFile.EXTENSION);
        }
        return Optional.of(path);
    }

    @Override
    public Optional<Path> chooseCaseFileToOpen(Path suggestedFolder) {
        File file = caseChooser("Open case", suggestedFolder).showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseRosterFile(Path suggestedFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import roster");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV or text (*.csv, *.txt, *.tsv)",
                "*.csv", "*.txt", "*.tsv"), new FileChooser.ExtensionFilter("All files", "*.*"));
        if (suggestedFolder != null && Files.isDirectory(suggestedFolder)) {
            chooser.setInitialDirectory(suggestedFolder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExportFile(String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*." + extension, "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToAttach(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("All files", "*.*"),
                new FileChooser.ExtensionFilter("PDF or image (*.pdf, *.png, *.jpg)", "*.pdf", "*.png", "*.jpg", "*.jpeg"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*." + extension, "*." + extension));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<char[]> askPassphrase(String title, String message, boolean confirm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        PasswordField first = new PasswordField();
        first.setPromptText("Passphrase");
        PasswordField second = new PasswordField();
        second.setPromptText("Repeat the passphrase");
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        VBox box = new VBox(8, first);
        if (confirm) {
            box.getChildren().add(second);
        }
        box.getChildren().add(problem);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String why = first.getText().length() < 8 && confirm ? "Use at least 8 characters."
                    : confirm && !first.getText().equals(second.getText()) ? "The two passphrases differ." : null;
            if (why != null) {
                problem.setText(why);
                e.consume();
            }
        });
        javafx.application.Platform.runLater(first::requestFocus);
        Optional<ButtonType> answer = dialog.showAndWait();
        char[] value = first.getText().toCharArray();
        first.clear();
        second.clear();
        return answer.filter(ButtonType.OK::equals).map(b -> value);
    }

    @Override
    public Optional<ExportOptions> chooseExportOptions(long people, long privilegedEntries, long privilegedComments) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle("Export the case");
        dialog.setHeaderText("The whole case as JSON, for outside counsel or an insurer.");
        CheckBox roster = new CheckBox("Include the roster (" + people + " people: names and contact details)");
        roster.setDisable(people == 0);
        CheckBox privileged = new CheckBox("Include material under legal privilege (" + privilegedEntries
                + " timeline entries, " + privilegedComments + " review comments)");
        privileged.setDisable(privilegedEntries == 0 && privilegedComments == 0);
        Label note = new Label("What is left out is counted in the file, so the reader knows it exists.");
        note.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(10, roster, privileged, note));
        ButtonType export = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        return dialog.showAndWait().filter(export::equals)
                .map(b -> new ExportOptions(roster.isSelected(), privileged.isSelected()));
    }

    @Override
    public void showError(String title, String message) {
        if (ownerClosed(title)) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }

    @Override
    public void notify(String title, String message) {
        if (ownerClosed(title)) {
            return;
        }
        Notifications.create().owner(owner.get()).title(title).text(message)
                .hideAfter(Duration.seconds(12)).showWarning();
    }

    /**
     * After the main window has closed, background work still finishing can fail (its case is already closed).
     * Nobody can act on a dialog then, and one would keep the app running without its window: log the title instead.
     */
    private boolean ownerClosed(String title) {
        Window window = owner.get();
        if (window != null && !window.isShowing()) {
            LOG.info(() -> "Not shown because the window has closed: " + title);
            return true;
        }
        return false;
    }

    @Override
    public boolean confirm(String title, String message, String confirmButton) {
        ButtonType yes = new ButtonType(confirmButton, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }
}
