package com.breachdesk.letters.batch;

import com.breachdesk.letters.data.LetterRecipient;
import com.breachdesk.letters.data.NoticeObligation;
import com.breachdesk.letters.template.Audience;
import com.breachdesk.letters.template.TemplateChoice;
import com.breachdesk.letters.template.TemplateSelector;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Chooses each recipient's template from their jurisdiction, language and the notices required for them.
 * Choices are remembered per (jurisdiction, language), so a million recipients cost a handful of selections.
 */
public final class AutoTemplates implements TemplateAssignment {

    private final TemplateSelector selector;
    private final IndividualNoticeRules rules;
    private final Map<String, Choice> choices = new ConcurrentHashMap<>();

    private record Choice(TemplateChoice choice, List<NoticeObligation> required) {
    }

    public AutoTemplates(TemplateSelector selector, IndividualNoticeRules rules) {
        this.selector = selector;
        this.rules = rules;
    }

    private Choice choice(LetterRecipient r) {
        return choices.computeIfAbsent(r.jurisdiction() + "|" + r.language(), k -> {
            List<NoticeObligation> required = rules.requiredFor(r.jurisdiction());
            Set<String> ids = required.stream().map(NoticeObligation::ruleId).collect(Collectors.toSet());
            return new Choice(selector.choose(r.jurisdiction(), r.language(), Audience.INDIVIDUAL, ids), required);
        });
    }

    @Override
    public Optional<Assignment> assign(LetterRecipient recipient) {
        Choice c = choice(recipient);
        return c.choice().template().map(t -> new Assignment(t,
                c.required().stream().filter(o -> t.header().satisfies().contains(o.ruleId())).toList(),
                c.choice().explanation()));
    }

    @Override
    public String whyNot(LetterRecipient recipient) {
        return choice(recipient).choice().explanation();
    }

    @Override
    public String label() {
        return "auto";
    }
}
