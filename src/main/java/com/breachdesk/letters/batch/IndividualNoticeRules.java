package com.breachdesk.letters.batch;

import com.breachdesk.letters.data.NoticeObligation;

import java.util.List;

/**
 * Which notices to individuals the rules engine found for people resident in a jurisdiction: the required
 * ones, and in words those it could not decide (a fact is missing) and those not required (and why). The
 * letters follow the evaluation: thresholds, data categories, safe harbors and risk decide, not the rule list.
 */
@FunctionalInterface
public interface IndividualNoticeRules {

    /** What the evaluation says for people resident in {@code jurisdiction}. */
    Notices forJurisdiction(String jurisdiction);

    /** The individual notices for one jurisdiction. */
    record Notices(List<NoticeObligation> required, List<String> undecided, List<String> notRequired) {

        public Notices {
            required = List.copyOf(required);
            undecided = List.copyOf(undecided);
            notRequired = List.copyOf(notRequired);
        }
    }
}
