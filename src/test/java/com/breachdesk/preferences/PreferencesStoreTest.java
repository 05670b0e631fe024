package com.breachdesk.preferences;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreferencesStoreTest {

    @TempDir
    Path dir;

    @Test
    void savedPreferencesLoadBack() throws Exception {
        PreferencesStore store = new PreferencesStore(dir.resolve("cfg"));
        Preferences p = new Preferences();
        p.actorName = "Olena";
        p.theme = "dark";
        p.rememberRecent("/cases/a.breachcase");
        p.rememberRecent("/cases/b.breachcase");
        p.rememberRecent("/cases/a.breachcase");
        p.window = new Preferences.Window(10, 20, 1200, 800, false);
        p.defaultProfile.put("legal_name", "ACME");
        store.save(p);

        Preferences back = store.load();
        assertEquals("Olena", back.effectiveActor());
        assertEquals("dark", back.theme);
        assertEquals(java.util.List.of("/cases/a.breachcase", "/cases/b.breachcase"), back.recentFiles);
        assertEquals("/cases/a.breachcase", back.lastCase);
        assertEquals(1200, back.window.width);
        assertEquals(Map.of("legal_name", "ACME"), back.defaultProfile);
    }

    @Test
    void aDamagedFileIsSetAsideAndDefaultsAreUsed() throws Exception {
        PreferencesStore store = new PreferencesStore(dir);
        Files.writeString(store.file(), "{ not json");
        Preferences p = store.load();
        assertEquals("light", p.theme);
        assertTrue(Files.exists(dir.resolve("preferences.damaged.json")));
    }

    @Test
    void recentListKeepsTheNewestEight() {
        Preferences p = new Preferences();
        for (int i = 0; i < 12; i++) {
            p.rememberRecent("/c/" + i);
        }
        assertEquals(8, p.recentFiles.size());
        assertEquals("/c/11", p.recentFiles.get(0));
    }

    @Test
    void configFolderFollowsEachPlatformsConvention() {
        assertEquals(Path.of("C:/Users/o/AppData/Roaming", "Breachdesk"),
                PlatformDirectories.configDirectory("Windows 11", Map.of("APPDATA", "C:/Users/o/AppData/Roaming"), "C:/Users/o", null));
        assertEquals(Path.of("/Users/o/Library/Application Support/Breachdesk"),
                PlatformDirectories.configDirectory("Mac OS X", Map.of(), "/Users/o", null));
        assertEquals(Path.of("/home/o/.cfg/breachdesk"),
                PlatformDirectories.configDirectory("Linux", Map.of("XDG_CONFIG_HOME", "/home/o/.cfg"), "/home/o", null));
        assertEquals(Path.of("/home/o/.config/breachdesk"),
                PlatformDirectories.configDirectory("Linux", Map.of(), "/home/o", null));
        assertEquals(Path.of("/tmp/portable"),
                PlatformDirectories.configDirectory("Linux", Map.of(), "/home/o", "/tmp/portable"));
    }
}
