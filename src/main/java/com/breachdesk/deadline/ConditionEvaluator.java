package com.breachdesk.deadline;

import com.breachdesk.deadline.Finding.Kind;
import com.breachdesk.incident.Encryption;
import com.breachdesk.incident.Intent;
import com.breachdesk.population.AffectedPopulation;
import com.breachdesk.risk.RiskLevel;
import com.breachdesk.rules.Conditions;
import com.breachdesk.rules.EncryptionSafeHarbor;
import com.breachdesk.rules.Rule;
import com.breachdesk.rules.Threshold;
import com.breachdesk.vocabulary.Coded;
import com.breachdesk.vocabulary.DataCategory;
import com.breachdesk.vocabulary.Sector;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tests a rule's conditions against the case facts in one jurisdiction. Each condition gives one finding: met,
 * not met (the duty does not arise) or unknown (a fact is missing; the text names it). Nothing unknown is
 * defaulted to "no".
 */
final class ConditionEvaluator {

    private final CaseFacts facts;

    ConditionEvaluator(CaseFacts facts) {
        this.facts = facts;
    }

    /** True when the organization provides e-comms services and the breach is (by decision or default) service-related. */
    boolean ecommsServiceBreach() {
        boolean provider = facts.organization().sectors().contains(Sector.ELECTRONIC_COMMUNICATIONS);
        return provider && (facts.ecommsServiceRelated() == null || facts.ecommsServiceRelated());
    }

    List<Finding> evaluate(Rule rule, String jurisdiction, Function<String, Optional<Obligation>> dependency) {
        Conditions c = rule.conditions();
        List<Finding> out = new ArrayList<>();
        if (!c.sectors().isEmpty()) {
            out.add(sectors(c.sectors()));
        }
        if (c.ecommsServiceBreach() != null) {
            out.add(service(c.ecommsServiceBreach()));
        }
        if (c.processor() != null) {
            out.add(processor(c.processor()));
        }
        addAll(out, c, jurisdiction);
        if (!c.anyOf().isEmpty()) {
            out.add(anyOf(c.anyOf(), jurisdiction));
        }
        if (c.requiresObligation() != null) {
            out.add(requires(c.requiresObligation(), dependency.apply(c.requiresObligation())));
        }
        return out;
    }

    /** The keys that may also appear inside an any_of alternative. */
    private void addAll(List<Finding> out, Conditions c, String jurisdiction) {
        if (!c.personalInformation().isEmpty()) {
            out.add(personalInformation(c.personalInformation(), jurisdiction));
        }
        if (c.encryptionSafeHarbor() != null && c.encryptionSafeHarbor().applies()) {
            out.add(encryption(c.encryptionSafeHarbor()));
        }
        if (c.minAffected() != null) {
            out.add(count(c.minAffected(), jurisdiction));
        }
        if (c.maxAffected() != null) {
            out.add(count(c.maxAffected(), jurisdiction));
        }
        if (c.minRisk() != null) {
            out.add(risk(c.minRisk()));
        }
        if (c.malicious() != null) {
            out.add(malicious(c.malicious()));
        }
    }

    private Finding sectors(Set<Sector> wanted) {
        Set<Sector> has = facts.organization().sectors();
        String names = wanted.stream().map(Sector::label).sorted().collect(Collectors.joining(" or "));
        for (Sector s : wanted) {
            if (has.contains(s)) {
                return Finding.met(Kind.SECTOR, "Sector: the organization is a " + s.label());
            }
        }
        return Finding.notMet(Kind.SECTOR, "Sector: applies only to " + names + "; the organization profile lists "
                + (has.isEmpty() ? "no such sector" : has.stream().map(Sector::label).sorted().collect(Collectors.joining(", "))));
    }

    private Finding service(boolean wantServiceBreach) {
        boolean provider = facts.organization().sectors().contains(Sector.ELECTRONIC_COMMUNICATIONS);
        boolean serviceBreach = ecommsServiceBreach();
        String decided = facts.ecommsServiceRelated() == null ? " (default for a provider; the responder can change it)" : "";
        if (wantServiceBreach) {
            return serviceBreach
                    ? Finding.met(Kind.SERVICE, "The breach is in connection with the provider's publicly available electronic"
                    + " communications service" + decided)
                    : Finding.notMet(Kind.SERVICE, provider
                    ? "The responder recorded that the breach is not in connection with the electronic communications service"
                    : "Applies only to providers of publicly available electronic communications services");
        }
        return serviceBreach
                ? Finding.notMet(Kind.SERVICE, "GDPR Art. 95: the breach is in connection with a publicly available electronic"
                + " communications service, so the ePrivacy breach rules apply instead" + decided)
                : Finding.met(Kind.SERVICE, provider
                ? "The responder recorded that the breach is not in connection with the electronic communications service,"
                + " so this regime applies"
                : "Not an electronic communications service breach, so this regime applies");
    }

    private Set<DataCategory> categories(String jurisdiction) {
        Map<String, Map<DataCategory, Long>> per = facts.population().categoriesPerJurisdiction();
        EnumSet<DataCategory> out = EnumSet.noneOf(DataCategory.class);
        per.forEach((j, counts) -> {
            if (j.equals(jurisdiction) || (jurisdiction.length() == 2 && j.startsWith(jurisdiction + "-"))) {
                counts.forEach((cat, n) -> {
                    if (n != null && n > 0) {
                        out.add(cat);
                    }
                });
            }
        });
        return out.isEmpty() ? facts.incident().dataCategories() : out;
    }

    private Finding personalInformation(List<Set<DataCategory>> sets, String jurisdiction) {
        Set<DataCategory> involved = categories(jurisdiction);
        if (involved.isEmpty()) {
            return Finding.unknown(Kind.DATA, "the data categories involved (data_categories)");
        }
        for (Set<DataCategory> set : sets) {
            if (involved.containsAll(set)) {
                return Finding.met(Kind.DATA, "Data covered: " + ids(set) + " was involved");
            }
        }
        return Finding.notMet(Kind.DATA, "Data not covered: none of the combinations this law defines as covered"
                + " information was involved (e.g. " + ids(sets.get(0)) + "); involved: " + ids(involved));
    }

    private static String ids(Set<DataCategory> set) {
        return set.stream().sorted().map(Coded::id).collect(Collectors.joining(" + "));
    }

    private Finding encryption(EncryptionSafeHarbor harbor) {
        Optional<Encryption> encryption = facts.incident().encryption();
        if (encryption.isEmpty()) {
            return Finding.unknown(Kind.ENCRYPTION, "whether the data was encrypted and the key stayed safe (encryption)");
        }
        return switch (encryption.get()) {
            case NONE -> Finding.met(Kind.ENCRYPTION, "The data was not encrypted, so the encryption safe harbor does not apply");
            case ENCRYPTED_KEY_SAFE -> Finding.notMet(Kind.ENCRYPTION,
                    "Encryption safe harbor: the data was encrypted and the key was not compromised");
            case ENCRYPTED_KEY_COMPROMISED -> harbor.voidedIfKeyCompromised()
                    ? Finding.met(Kind.ENCRYPTION, "The encryption key was compromised too, which voids the safe harbor")
                    : Finding.notMet(Kind.ENCRYPTION, "Encryption safe harbor: the data was encrypted, and this rule records no"
                    + " loss of the exemption when the key is compromised (check the statute's key clause in the notes)");
        };
    }

    private Finding count(Threshold t, String jurisdiction) {
        AffectedPopulation p = facts.population();
        if (p.source() == AffectedPopulation.Source.NONE) {
            return Finding.unknown(Kind.THRESHOLD, "how many residents of " + jurisdiction + " are affected (a roster or estimated counts)");
        }
        long n = p.people(jurisdiction);
        long upTo = n + p.unresolved();
        String counted = String.format(java.util.Locale.ROOT, "%,d affected in %s%s", n, jurisdiction,
                p.source() == AffectedPopulation.Source.ESTIMATE ? " (estimate)" : "");
        if (t.test(n) == t.test(upTo)) {
            return t.test(n)
                    ? Finding.met(Kind.THRESHOLD, "Threshold met: " + counted + "; the law applies to " + t.words())
                    : Finding.notMet(Kind.THRESHOLD, "Threshold not met: " + counted + "; the law applies to " + t.words());
        }
        return Finding.unknown(Kind.THRESHOLD, String.format(java.util.Locale.ROOT,
                "where %,d people whose jurisdiction is unresolved live: with them the count could reach %s", p.unresolved(), t.words()));
    }

    private Finding risk(RiskLevel min) {
        RiskLevel level = facts.riskLevel();
        if (level == null) {
            return Finding.unknown(Kind.RISK, "the risk assessment (it needs the data categories involved)");
        }
        return level.atLeast(min)
                ? Finding.met(Kind.RISK, "Risk: assessed as \"" + level.label() + "\"; the duty arises at \"" + min.label() + "\"")
                : Finding.notMet(Kind.RISK, "Risk below the threshold: assessed as \"" + level.label() + "\"; the duty arises at \""
                + min.label() + "\"");
    }

    private Finding processor(boolean wanted) {
        Boolean role = facts.processorRole();
        if (role == null) {
            return Finding.unknown(Kind.ROLE, "whether the organization handled the breached data as a processor for another"
                    + " controller (processor_role)");
        }
        return role == wanted
                ? Finding.met(Kind.ROLE, role ? "The organization acted as a processor for another controller"
                : "The organization acted as the controller")
                : Finding.notMet(Kind.ROLE, wanted ? "Applies only to a processor acting for another controller; the organization"
                + " is the controller here" : "Applies only to the controller");
    }

    private Finding malicious(boolean wanted) {
        Optional<Intent> intent = facts.incident().intent();
        if (intent.isEmpty() || intent.get() == Intent.UNKNOWN) {
            return Finding.unknown(Kind.INTENT, "whether the breach was caused by a malicious act (intent)");
        }
        boolean malicious = intent.get() == Intent.MALICIOUS;
        return malicious == wanted
                ? Finding.met(Kind.INTENT, malicious ? "The breach was caused by a malicious act" : "The breach was not caused by a malicious act")
                : Finding.notMet(Kind.INTENT, wanted ? "Applies only to breaches caused by a malicious act"
                : "Applies only when the breach was not caused by a malicious act (another rule covers that case)");
    }

    private Finding anyOf(List<Conditions> alternatives, String jurisdiction) {
        List<String> unmet = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Conditions alternative : alternatives) {
            List<Finding> findings = new ArrayList<>();
            addAll(findings, alternative, jurisdiction);
            if (findings.stream().allMatch(f -> f.outcome() == Finding.Outcome.MET)) {
                return Finding.met(Kind.TRIGGER, "Trigger met: " + findings.stream().map(Finding::text).collect(Collectors.joining("; ")));
            }
            findings.stream().filter(f -> f.outcome() == Finding.Outcome.UNKNOWN).forEach(f -> unknown.add(f.text()));
            findings.stream().filter(f -> f.outcome() == Finding.Outcome.NOT_MET).forEach(f -> unmet.add(f.text()));
        }
        if (!unknown.isEmpty()) {
            return Finding.unknown(Kind.TRIGGER, String.join("; ", unknown));
        }
        return Finding.notMet(Kind.TRIGGER, "None of the alternative triggers is met: " + String.join("; ", unmet));
    }

    private static Finding requires(String ruleId, Optional<Obligation> dependency) {
        if (dependency.isEmpty()) {
            return Finding.notMet(Kind.DEPENDENCY, "Only when " + ruleId + " is required, and it does not apply here");
        }
        Obligation d = dependency.get();
        return switch (d.status()) {
            case REQUIRED -> Finding.met(Kind.DEPENDENCY, "Required because " + d.rule().key() + " (" + d.rule().title() + ") is required");
            case NOT_REQUIRED -> Finding.notMet(Kind.DEPENDENCY, "Only when " + d.rule().key() + " (" + d.rule().title()
                    + ") is required, and it is not");
            case NEEDS_INFORMATION -> Finding.unknown(Kind.DEPENDENCY, "whether " + d.rule().id() + " is required ("
                    + String.join("; ", d.missing()) + ")");
        };
    }
}
