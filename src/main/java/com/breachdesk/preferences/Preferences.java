package com.breachdesk.preferences;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's own settings, kept outside any case file. Plain mutable bean for Jackson; unknown keys
 * from newer versions are ignored, missing keys keep their defaults.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Preferences {

    public static final int MAX_RECENT = 8;

    /** Name recorded in audit trails; the OS user name when empty. */
    public String actorName;
    public String theme = "light";
    public List<String> recentFiles = new ArrayList<>();
    public String lastCase;
    public Window window;
    /** The organization profile new cases start from: field column → stored value. */
    public Map<String, String> defaultProfile = new LinkedHashMap<>();

    /** Last window geometry. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Window {
        public double x;
        public double y;
        public double width;
        public double height;
        public boolean maximized;

        public Window() {
        }

        public Window(double x, double y, double width, double height, boolean maximized) {
            this.x = x;
            this.y = y;
            this.width = width;
            this.height = height;
            this.maximized = maximized;
        }
    }

    /** The actor written into audit entries. */
    public String effectiveActor() {
        if (actorName != null && !actorName.isBlank()) {
            return actorName.strip();
        }
        return System.getProperty("user.name", "unknown");
    }

    /** Moves {@code path} to the top of the recent list. */
    public void rememberRecent(String path) {
        recentFiles.remove(path);
        recentFiles.add(0, path);
        while (recentFiles.size() > MAX_RECENT) {
            recentFiles.remove(recentFiles.size() - 1);
        }
        lastCase = path;
    }
}
