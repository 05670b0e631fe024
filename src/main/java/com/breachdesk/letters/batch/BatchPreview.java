package com.breachdesk.letters.batch;

import java.util.List;

/**
 * Before a batch runs: which template each group of recipients (one jurisdiction, one language) will get, or
 * why it is left out or refused. Reads counts only, so it is quick on a million people.
 */
public final class BatchPreview {

    /** One group and what it gets. */
    public record Group(RecipientGroup recipients, TemplateDecision decision) {

        /** "us-ca-individual v2", "left out" or "refused". */
        public String outcome() {
            if (decision instanceof Assignment a) {
                return a.template().header().label();
            }
            return decision instanceof TemplateDecision.LeftOut ? "left out" : "refused";
        }
    }

    private BatchPreview() {
    }

    public static List<Group> of(RecipientSource source, RecipientFilter filter, TemplateAssignment templates) {
        return source.groups(filter).stream()
                .map(g -> new Group(g, templates.decide(g.jurisdiction(), g.language()))).toList();
    }
}
