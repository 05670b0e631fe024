package com.breachdesk.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A validated set of rules: every version of every rule id, the jurisdictions they apply in, and the pack
 * version that is stored with each computed deadline so it can be re-checked later.
 */
public final class RulePack {

    private final String version;
    private final List<Rule> rules;
    private final Map<String, List<Rule>> versionsById;
    private final Map<String, Jurisdiction> jurisdictions;
    private final List<String> userFiles;
    private final List<String> overridden;

    RulePack(String version, List<Rule> rules, Map<String, Jurisdiction> jurisdictions, List<String> userFiles,
             List<String> overridden) {
        this.version = version;
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(Rule::id).thenComparingInt(Rule::version));
        this.rules = List.copyOf(sorted);
        Map<String, List<Rule>> byId = new LinkedHashMap<>();
        for (Rule r : this.rules) {
            byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
        }
        byId.replaceAll((k, v) -> List.copyOf(v));
        this.versionsById = byId;
        this.jurisdictions = Map.copyOf(jurisdictions);
        this.userFiles = List.copyOf(userFiles);
        this.overridden = List.copyOf(overridden);
    }

    /** The shipped pack's version, with a "+user" suffix when the user's folder added or replaced rules. */
    public String version() {
        return userFiles.isEmpty() ? version : version + "+user";
    }

    /** Every version of every rule, by id then version. */
    public List<Rule> rules() {
        return rules;
    }

    public Set<String> ids() {
        return versionsById.keySet();
    }

    public List<Rule> versions(String id) {
        return versionsById.getOrDefault(id, List.of());
    }

    public Optional<Rule> latest(String id) {
        List<Rule> v = versions(id);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    /** The version in force on {@code date}; empty when the duty did not (yet, or any longer) exist then. */
    public Optional<Rule> versionOn(String id, LocalDate date) {
        return versions(id).stream().filter(r -> r.validOn(date)).findFirst();
    }

    public Map<String, Jurisdiction> jurisdictions() {
        return jurisdictions;
    }

    public Optional<Jurisdiction> jurisdiction(String code) {
        return Optional.ofNullable(jurisdictions.get(code));
    }

    /** Files read from the user's rules folder. */
    public List<String> userFiles() {
        return userFiles;
    }

    /** Shipped rule versions that a user rule replaced ("us-ca-individuals v2"). */
    public List<String> overridden() {
        return overridden;
    }
}
