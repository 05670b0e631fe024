package com.breachdesk.letters.batch;

/**
 * What a group of recipients (one jurisdiction, one language) gets: a template ({@link Assignment}); nothing,
 * because no notice is required or decided for them yet ({@link LeftOut}: they keep their status and a later
 * batch can take them); or nothing although a notice is due, which refuses the batch ({@link Refused}).
 */
public sealed interface TemplateDecision permits Assignment, TemplateDecision.LeftOut, TemplateDecision.Refused {

    /** Why, in words legal can check. */
    String explanation();

    record LeftOut(String explanation) implements TemplateDecision {
    }

    record Refused(String explanation) implements TemplateDecision {
    }
}
