package com.breachdesk.letters.template;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which template a group of recipients gets and why, in words legal can check. {@code template} is empty
 * when no template fits; {@code unmetRules} lists required notices whose content the chosen template was not
 * reviewed against.
 */
public record TemplateChoice(Optional<LetterTemplate> template, List<String> reasons, Set<String> unmetRules) {

    public TemplateChoice {
        reasons = List.copyOf(reasons);
        unmetRules = Set.copyOf(unmetRules);
    }

    public String explanation() {
        return String.join("; ", reasons);
    }

    /** A template was found and it was reviewed against every required notice. */
    public boolean complete() {
        return template.isPresent() && unmetRules.isEmpty();
    }
}
