package com.breachdesk.letters.batch;

import com.breachdesk.letters.data.NoticeObligation;
import com.breachdesk.letters.data.RuleCatalog;
import com.breachdesk.vocabulary.Sector;

import java.util.List;
import java.util.Set;

/**
 * Rules of the pack that ask for a notice to individuals in a jurisdiction, in force, with a duty, and whose
 * sector condition (if any) matches the organization. Other conditions (numbers, data categories, risk) are not
 * evaluated here: until the rules engine is plugged in, a rule listed here is a candidate, and the template
 * choice says so.
 */
public final class RulePackCandidates implements IndividualNoticeRules {

    private final RuleCatalog rules;
    private final Set<String> sectors;

    public RulePackCandidates(RuleCatalog rules, Set<Sector> organizationSectors) {
        this.rules = rules;
        this.sectors = organizationSectors.stream().map(Sector::id).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public List<NoticeObligation> requiredFor(String jurisdiction) {
        return rules.forJurisdiction(jurisdiction, "individuals").stream()
                .filter(NoticeObligation::required)
                .filter(NoticeObligation::inForce)
                .filter(o -> o.sectors().isEmpty() || o.sectors().stream().anyMatch(sectors::contains))
                .toList();
    }
}
