package com.breachdesk.letters.batch;

import java.util.List;

/** A batch that was refused before anything was written, with the problems found (at most the first 20). */
public final class LetterBatchRefused extends IllegalArgumentException {

    private final List<String> problems;
    private final long problemCount;

    public LetterBatchRefused(List<String> problems, long problemCount) {
        super(problemCount + " problem" + (problemCount == 1 ? "" : "s") + " found before writing any letter:\n  "
                + String.join("\n  ", problems) + (problemCount > problems.size() ? "\n  ..." : ""));
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
    }

    public List<String> problems() {
        return problems;
    }

    public long problemCount() {
        return problemCount;
    }
}
