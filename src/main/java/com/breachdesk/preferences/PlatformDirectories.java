package com.breachdesk.preferences;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Breachdesk keeps its own files: the platform's per-user configuration folder, never the
 * install folder. {@code -Dbreachdesk.home=DIR} (tests, portable use) overrides it.
 */
public final class PlatformDirectories {

    public static final String HOME_PROPERTY = "breachdesk.home";

    private PlatformDirectories() {
    }

    public static Path configDirectory() {
        return configDirectory(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"),
                System.getProperty(HOME_PROPERTY));
    }

    static Path configDirectory(String osName, Map<String, String> env, String userHome, String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Breachdesk") : Path.of(userHome, "AppData", "Roaming", "Breachdesk");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Breachdesk");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "breachdesk") : Path.of(userHome, ".config", "breachdesk");
    }
}
