package com.breachdesk.letters.batch;

import com.breachdesk.letters.data.NoticeObligation;
import com.breachdesk.letters.template.Audience;
import com.breachdesk.letters.template.TemplateChoice;
import com.breachdesk.letters.template.TemplateSelector;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Chooses each group's template from the notices the rules engine requires for its jurisdiction and from its
 * language. People for whom no notice is required, or not decided yet, are left out of the batch (and say why);
 * people who must be notified but whom no template serves refuse the batch. Decisions are remembered per
 * (jurisdiction, language), so a million recipients cost a handful of selections.
 */
public final class AutoTemplates implements TemplateAssignment {

    private final TemplateSelector selector;
    private final IndividualNoticeRules rules;
    private final Map<String, TemplateDecision> decisions = new ConcurrentHashMap<>();

    public AutoTemplates(TemplateSelector selector, IndividualNoticeRules rules) {
        this.selector = selector;
        this.rules = rules;
    }

    @Override
    public TemplateDecision decide(String jurisdiction, String language) {
        return decisions.computeIfAbsent(jurisdiction + "|" + language, k -> choose(jurisdiction, language));
    }

    private TemplateDecision choose(String jurisdiction, String language) {
        if (jurisdiction.isEmpty()) {
            return new TemplateDecision.LeftOut("jurisdiction unknown: resolve it in the Scope step, then these "
                    + "people can be taken by the next batch");
        }
        IndividualNoticeRules.Notices notices = rules.forJurisdiction(jurisdiction);
        List<NoticeObligation> required = notices.required();
        if (required.isEmpty()) {
            if (!notices.undecided().isEmpty()) {
                return new TemplateDecision.LeftOut("no notice decided yet: " + String.join("; ", notices.undecided())
                        + " (complete the Assess step)");
            }
            if (!notices.notRequired().isEmpty()) {
                return new TemplateDecision.LeftOut("no notice required: " + String.join("; ", notices.notRequired()));
            }
            return new TemplateDecision.LeftOut("no rule of the rule pack asks for a notice to people in " + jurisdiction);
        }
        Set<String> ids = required.stream().map(NoticeObligation::ruleId).collect(Collectors.toCollection(java.util.TreeSet::new));
        TemplateChoice choice = selector.choose(jurisdiction, language, Audience.INDIVIDUAL, ids);
        if (choice.template().isEmpty()) {
            return new TemplateDecision.Refused(choice.explanation() + ", but " + String.join(", ", ids)
                    + " require" + (ids.size() == 1 ? "s" : "") + " a notice: add a template for " + jurisdiction);
        }
        var t = choice.template().get();
        String explanation = "required by " + String.join(", ", ids) + "; " + choice.explanation();
        if (!notices.undecided().isEmpty()) {
            explanation += "; still undecided: " + String.join("; ", notices.undecided());
        }
        return new Assignment(t, required.stream().filter(o -> t.header().satisfies().contains(o.ruleId())).toList(),
                explanation);
    }

    @Override
    public String label() {
        return "auto";
    }
}
