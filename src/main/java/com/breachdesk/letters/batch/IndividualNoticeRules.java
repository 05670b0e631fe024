package com.breachdesk.letters.batch;

import com.breachdesk.letters.data.NoticeObligation;

import java.util.List;

/**
 * The rules that require a notice to a person resident in a jurisdiction. The rules engine is the real source
 * (it evaluates thresholds, data categories and risk); {@link RulePackCandidates} reads the rule pack without
 * evaluating those conditions.
 */
@FunctionalInterface
public interface IndividualNoticeRules {

    List<NoticeObligation> requiredFor(String jurisdiction);
}
