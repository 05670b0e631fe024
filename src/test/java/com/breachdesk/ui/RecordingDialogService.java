package com.breachdesk.ui;

import com.breachdesk.handover.ExportOptions;
import com.breachdesk.ui.common.DialogService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers dialogs from a script and records what was shown, so UI tests need no native file chooser. */
public final class RecordingDialogService implements DialogService {

    public Path nextNewCaseFile;
    public Path nextOpenFile;
    public Path nextRosterFile;
    public Path nextExportFile;
    public Path nextFolder;
    public final List<Path> openedFolders = new ArrayList<>();
    public Path nextAttachment;
    public Path nextFileToOpen;
    public String nextPassphrase;
    public ExportOptions nextExportOptions;
    public boolean confirmAnswer = true;
    public final List<String> errors = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();

    @Override
    public Optional<Path> chooseNewCaseFile(Path suggestedFolder) {
        return Optional.ofNullable(nextNewCaseFile);
    }

    @Override
    public Optional<Path> chooseCaseFileToOpen(Path suggestedFolder) {
        return Optional.ofNullable(nextOpenFile);
    }

    @Override
    public Optional<Path> chooseRosterFile(Path suggestedFolder) {
        return Optional.ofNullable(nextRosterFile);
    }

    @Override
    public Optional<Path> chooseExportFile(String title, String suggestedName, String extension) {
        return Optional.ofNullable(nextExportFile);
    }

    @Override
    public Optional<Path> chooseFileToAttach(String title) {
        return Optional.ofNullable(nextAttachment);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path suggestedFolder) {
        return Optional.ofNullable(nextFolder);
    }

    @Override
    public void openFolder(Path folder) {
        openedFolders.add(folder);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String extension) {
        return Optional.ofNullable(nextFileToOpen);
    }

    @Override
    public Optional<char[]> askPassphrase(String title, String message, boolean confirm) {
        return Optional.ofNullable(nextPassphrase).map(String::toCharArray);
    }

    @Override
    public Optional<ExportOptions> chooseExportOptions(long people, long privilegedEntries, long privilegedComments) {
        return Optional.ofNullable(nextExportOptions);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        notices.add(title);
    }

    @Override
    public void notify(String title, String message) {
        notices.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmButton) {
        return confirmAnswer;
    }
}
