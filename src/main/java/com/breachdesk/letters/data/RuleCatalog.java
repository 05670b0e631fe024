package com.breachdesk.letters.data;

import java.util.List;
import java.util.Optional;

/** Looks up rules of the rule pack by id, for the obligations a notice fulfils. */
public interface RuleCatalog {

    /** The version of the rule in force (the highest version when several are listed). */
    Optional<NoticeObligation> find(String ruleId);

    /** Every rule that asks for a notice to {@code recipientType} in exactly {@code jurisdiction} or the group it belongs to (EU, EEA, US). */
    List<NoticeObligation> forJurisdiction(String jurisdiction, String recipientType);

    /** Identifies the pack's content: a letter generated from another pack is not "the same data". */
    String fingerprint();
}
