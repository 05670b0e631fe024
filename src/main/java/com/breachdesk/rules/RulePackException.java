package com.breachdesk.rules;

import java.util.List;

/** The rule pack was refused: every problem names the file and, where there is one, the rule. */
public final class RulePackException extends IllegalArgumentException {

    private final List<String> problems;

    public RulePackException(List<String> problems) {
        super("The rule pack was refused (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "): "
                + String.join("; ", problems.subList(0, Math.min(problems.size(), 10)))
                + (problems.size() > 10 ? "; ..." : ""));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
