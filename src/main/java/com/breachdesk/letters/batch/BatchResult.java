package com.breachdesk.letters.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a batch run produced. {@code letters} counts every letter of the batch (generated now or reused from an
 * earlier run), {@code groups} says which template each group of recipients got and why, and {@code leftOut}
 * the recipients the batch did not cover (no notice required or decided for them) and why.
 */
public record BatchResult(long batchId, boolean cancelled, long letters, long generated, long skipped, long pages,
                          double seconds, double lettersPerSecond, Path batchDir, Path manifest,
                          List<Path> printVolumes, Map<String, TemplateGroup> groups, List<LeftOutGroup> leftOut) {

    public BatchResult {
        leftOut = List.copyOf(leftOut);
    }

    /** One template's share of the batch. */
    public record TemplateGroup(String template, long letters, String explanation) {
    }

    /** Recipients of one jurisdiction and language the batch left out, and why. */
    public record LeftOutGroup(String jurisdiction, String language, long people, String explanation) {
    }
}
