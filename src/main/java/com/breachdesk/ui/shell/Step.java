package com.breachdesk.ui.shell;

import org.kordamp.ikonli.feather.Feather;

/** The steps of a breach response, in the order the work is done. Ctrl+1…6 jumps to each. */
public enum Step {
    INCIDENT("Incident", "What happened and when", Feather.ALERT_TRIANGLE),
    SCOPE("Scope", "Who is affected, and where they live", Feather.USERS),
    ASSESS("Assess", "How serious is it", Feather.SLIDERS),
    OBLIGATIONS("Obligations", "Who must be notified, and by when", Feather.CLOCK),
    LETTERS("Letters", "Notices to people and regulators", Feather.MAIL),
    REPORT("Report", "Timeline and status for managers", Feather.PRINTER);

    private final String label;
    private final String purpose;
    private final Feather icon;

    Step(String label, String purpose, Feather icon) {
        this.label = label;
        this.purpose = purpose;
        this.icon = icon;
    }

    public String label() {
        return label;
    }

    public String purpose() {
        return purpose;
    }

    public Feather icon() {
        return icon;
    }

    /** 1-based position, also its Ctrl+N shortcut. */
    public int number() {
        return ordinal() + 1;
    }
}
