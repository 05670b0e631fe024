package com.breachdesk.ui.shell;

import javafx.beans.value.ObservableBooleanValue;

/**
 * Commands the menu bar offers that belong to other screens (undo of the incident form, dialogs, theme, handing
 * the case over).
 */
public record ShellActions(Runnable undo, Runnable redo, ObservableBooleanValue canUndo, ObservableBooleanValue canRedo,
                           Runnable editOrganization, Runnable exportDeadlines, Runnable toggleDarkMode, Runnable showShortcuts,
                           Runnable showAbout, Runnable exportCase, Runnable exportSealed, Runnable openSealed,
                           Runnable openExport) {
}
