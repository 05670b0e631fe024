package com.breachdesk.handover;

/** What a case export includes beyond the default: the roster of people, and material under legal privilege. */
public record ExportOptions(boolean includeRoster, boolean includePrivileged) {

    public static final ExportOptions DEFAULT = new ExportOptions(false, false);
}
