package com.breachdesk.ui.common;

import com.breachdesk.handover.ExportOptions;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every dialog the app shows goes through here, so ViewModels stay free of UI code and tests can answer
 * dialogs without a window system.
 */
public interface DialogService {

    /** Asks where to create a new case file. */
    Optional<Path> chooseNewCaseFile(Path suggestedFolder);

    /** Asks which case file to open. */
    Optional<Path> chooseCaseFileToOpen(Path suggestedFolder);

    /** Asks which roster file (CSV) to import. */
    Optional<Path> chooseRosterFile(Path suggestedFolder);

    /** Asks where to save an exported file ({@code extension} without the dot, e.g. "ics"). */
    Optional<Path> chooseExportFile(String title, String suggestedName, String extension);

    /** Asks for a folder (e.g. where a letter batch goes). */
    Optional<Path> chooseFolder(String title, Path suggestedFolder);

    /** Opens a folder in the system's file manager (generated letters). */
    void openFolder(Path folder);

    /** Asks for a file to attach into the case (e.g. a portal receipt as evidence). */
    Optional<Path> chooseFileToAttach(String title);
    /** Asks which existing file to open ({@code extension} without the dot, e.g. "breachsealed"). */
    Optional<Path> chooseFileToOpen(String title, String extension);

    /**
     * Asks for a passphrase (with {@code confirm}: twice, at least 8 characters, both the same). Empty when
     * cancelled. The caller wipes the returned characters after use.
     */
    Optional<char[]> askPassphrase(String title, String message, boolean confirm);

    /**
     * Asks what a case export should include beyond the default: the roster ({@code people} people) and the
     * material under legal privilege ({@code privilegedEntries} timeline entries, {@code privilegedComments} review
     * comments). Empty when cancelled.
     */
    Optional<ExportOptions> chooseExportOptions(long people, long privilegedEntries, long privilegedComments);

    /** Shows an error the user must read; {@code message} says what happened and what to do next. */
    void showError(String title, String message);

    /** Shows information the user asked for (shortcuts, about). */
    void showInfo(String title, String message);

    /** A short non-blocking notice (e.g. a deadline coming up). */
    void notify(String title, String message);

    /** Asks a yes/no question; returns true when the user confirms. */
    boolean confirm(String title, String message, String confirmButton);
}
