package com.breachdesk.ui.common;

import com.breachdesk.preferences.Preferences;
import com.breachdesk.preferences.PreferencesStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The loaded preferences plus where they are saved; a failed save is logged, never fatal. */
public final class AppPreferences {

    private static final Logger LOG = Logger.getLogger(AppPreferences.class.getName());

    private final PreferencesStore store;
    private final Preferences preferences;

    public AppPreferences(PreferencesStore store) {
        this.store = store;
        this.preferences = store.load();
    }

    public Preferences get() {
        return preferences;
    }

    public Path directory() {
        return store.directory();
    }

    public void save() {
        try {
            store.save(preferences);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save preferences to " + store.file(), e);
        }
    }
}
