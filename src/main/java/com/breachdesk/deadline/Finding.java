package com.breachdesk.deadline;

import com.breachdesk.vocabulary.Coded;

import java.util.Objects;

/** One reason behind an obligation's status, with the kind of test it comes from. */
public record Finding(Kind kind, Outcome outcome, String text) {

    /** What was tested. The ids of failing findings are the "why" of a not-required obligation. */
    public enum Kind implements Coded {
        DUTY("duty_does_not_exist", "Duty does not exist"),
        SECTOR("sector", "Sector"),
        ROUTING("routing", "Routing"),
        SERVICE("service_related", "Electronic communications service"),
        DATA("data_not_covered", "Data not covered"),
        ENCRYPTION("encryption_safe_harbor", "Encryption safe harbor"),
        THRESHOLD("threshold_not_met", "Threshold"),
        RISK("risk_below", "Risk level"),
        INTENT("intent", "Malicious act"),
        ROLE("processor_role", "Processor role"),
        TRIGGER("trigger", "Alternative triggers"),
        DEPENDENCY("depends_on", "Depends on another notice"),
        CLOCK("clock", "Clock start");

        private final String id;
        private final String label;

        Kind(String id, String label) {
            this.id = id;
            this.label = label;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Met, not met, or not decidable because a fact is missing (the text then names it). */
    public enum Outcome { MET, NOT_MET, UNKNOWN }

    public Finding {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(text);
    }

    static Finding met(Kind kind, String text) {
        return new Finding(kind, Outcome.MET, text);
    }

    static Finding notMet(Kind kind, String text) {
        return new Finding(kind, Outcome.NOT_MET, text);
    }

    static Finding unknown(Kind kind, String missing) {
        return new Finding(kind, Outcome.UNKNOWN, missing);
    }
}
