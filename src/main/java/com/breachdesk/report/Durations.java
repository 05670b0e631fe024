package com.breachdesk.report;

import java.time.Duration;

/** Spans of time the way a manager reads them: "2 d 4 h", "3 h 20 min", "45 min". */
public final class Durations {

    private Durations() {
    }

    public static String text(Duration d) {
        long minutes = Math.abs(d.toMinutes());
        if (minutes == 0) {
            return "less than a minute";
        }
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        StringBuilder out = new StringBuilder();
        if (days > 0) {
            out.append(days).append(" d");
            if (hours > 0) {
                out.append(' ').append(hours).append(" h");
            }
            return out.toString();
        }
        if (hours > 0) {
            out.append(hours).append(" h");
            if (mins > 0) {
                out.append(' ').append(mins).append(" min");
            }
            return out.toString();
        }
        return mins + " min";
    }
}
