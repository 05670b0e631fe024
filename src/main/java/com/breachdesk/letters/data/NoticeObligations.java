package com.breachdesk.letters.data;

import com.breachdesk.deadline.Obligation;

/** Turns an obligation the rules engine evaluated into what a letter needs, with its authority and deadline. */
public final class NoticeObligations {

    private NoticeObligations() {
    }

    public static NoticeObligation of(Obligation o) {
        NoticeObligation base = RulePackCatalog.of(o.rule());
        return new NoticeObligation(base.ruleId(), base.version(), o.jurisdiction(), base.regime(), base.title(),
                base.recipientType(), o.recipientName(), base.phase(), base.citation(),
                o.authority() == null ? null : o.authority().name(), o.authority() == null ? null : o.authority().url(),
                java.util.Map.of(), base.deadlineText(), base.contentRequirements(), base.required(), base.inForce(),
                base.sectors(), o.due(), o.zone());
    }
}
