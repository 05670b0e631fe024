package com.breachdesk.letters.batch;

import com.breachdesk.deadline.Obligation;
import com.breachdesk.deadline.ObligationStatus;
import com.breachdesk.letters.data.NoticeObligations;
import com.breachdesk.obligations.Assessment;
import com.breachdesk.rules.RecipientType;

import java.util.ArrayList;
import java.util.List;

/**
 * The individual notices of an assessment (the rules engine's evaluation of the case): an obligation reaches a
 * person when it was evaluated for their jurisdiction, or for their country when they live in a subdivision of it
 * (a US-wide rule reaches US-CA).
 */
public final class AssessedNotices implements IndividualNoticeRules {

    private final List<Obligation> individual;

    public AssessedNotices(Assessment assessment) {
        this.individual = assessment.obligations().stream()
                .filter(o -> o.rule().recipient().type() == RecipientType.INDIVIDUALS).toList();
    }

    static boolean reaches(String obligationJurisdiction, String person) {
        return obligationJurisdiction.equals(person)
                || (obligationJurisdiction.length() == 2 && person.startsWith(obligationJurisdiction + "-"));
    }

    @Override
    public Notices forJurisdiction(String jurisdiction) {
        List<com.breachdesk.letters.data.NoticeObligation> required = new ArrayList<>();
        List<String> undecided = new ArrayList<>();
        List<String> notRequired = new ArrayList<>();
        for (Obligation o : individual) {
            if (!reaches(o.jurisdiction(), jurisdiction)) {
                continue;
            }
            String name = o.key().ruleId() + " (" + o.jurisdiction() + ")";
            if (o.status() == ObligationStatus.REQUIRED) {
                required.add(NoticeObligations.of(o));
            } else if (o.status() == ObligationStatus.NEEDS_INFORMATION) {
                undecided.add(name + " needs information: " + String.join("; ", o.missing()));
            } else {
                notRequired.add(name + " is not required: " + o.reasons().stream().findFirst().orElse("see the Assess step"));
            }
        }
        return new Notices(required, undecided, notRequired);
    }
}
