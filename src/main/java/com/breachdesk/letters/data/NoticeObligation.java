package com.breachdesk.letters.data;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a rule of the rule pack says a notice must be and contain: the part of a rule a letter needs, and, once
 * the rules engine has evaluated the case, when it is due. EU/EEA-wide rules read straight from the pack name one
 * authority per member state in {@code authoritiesByState}; {@link #forState} picks one (an evaluated obligation
 * already has its authority). {@code sectors} is the rule's sector condition (empty = any organization);
 * {@code due} and {@code zone} are null until the rules engine has computed a deadline.
 */
public record NoticeObligation(String ruleId, int version, String jurisdiction, String regime, String title,
                               String recipientType, String recipientName, String phase, String citation,
                               String authorityName, String authorityUrl, Map<String, Authority> authoritiesByState,
                               String deadlineText, List<String> contentRequirements, boolean required,
                               boolean inForce, List<String> sectors, Instant due, ZoneId zone) {

    public record Authority(String name, String url) {
    }

    public NoticeObligation {
        contentRequirements = List.copyOf(contentRequirements);
        authoritiesByState = Map.copyOf(authoritiesByState);
        sectors = List.copyOf(sectors);
    }

    /** The same obligation addressed to one member state's authority, when the rule names one for it. */
    public Optional<NoticeObligation> forState(String state) {
        Authority a = authoritiesByState.get(state);
        if (a == null) {
            return Optional.empty();
        }
        return Optional.of(new NoticeObligation(ruleId, version, state, regime, title, recipientType, recipientName,
                phase, citation, a.name(), a.url(), Map.of(), deadlineText, contentRequirements, required, inForce,
                sectors, due, zone));
    }

    /** The same obligation about another jurisdiction (a US-wide notice about one state). */
    public NoticeObligation inJurisdiction(String other) {
        return new NoticeObligation(ruleId, version, other, regime, title, recipientType, recipientName, phase,
                citation, authorityName, authorityUrl, Map.of(), deadlineText, contentRequirements, required, inForce,
                sectors, due, zone);
    }
}
