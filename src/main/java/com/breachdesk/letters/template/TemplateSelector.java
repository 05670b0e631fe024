package com.breachdesk.letters.template;

import com.breachdesk.vocabulary.Countries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses the template for a recipient from their jurisdiction, language and the notices the rules require
 * for them, and says why. Order of preference: a template reviewed against every required rule; then one
 * written for the person's exact jurisdiction (US-CA) over one for its group (US, EEA); then the person's
 * language; then the most rules covered. A template that does not serve the jurisdiction is never chosen.
 */
public final class TemplateSelector {

    private final TemplateCatalog catalog;

    public TemplateSelector(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param requiredRules rule ids that require a notice to this recipient (from the rules engine)
     */
    public TemplateChoice choose(String jurisdiction, String language, Audience audience, Set<String> requiredRules) {
        record Candidate(LetterTemplate template, int specificity, boolean languageMatches, Set<String> covered) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (LetterTemplate t : catalog.forAudience(audience)) {
            int specificity = specificity(t.header().jurisdictions(), jurisdiction);
            if (specificity == 0) {
                continue;
            }
            Set<String> covered = new HashSet<>(t.header().satisfies());
            covered.retainAll(requiredRules);
            candidates.add(new Candidate(t, specificity, t.header().language().equalsIgnoreCase(language), covered));
        }
        if (candidates.isEmpty()) {
            return new TemplateChoice(Optional.empty(), List.of("no " + audience.id() + " template serves "
                    + jurisdiction), new TreeSet<>(requiredRules));
        }
        Comparator<Candidate> preference = Comparator
                .comparing((Candidate c) -> c.covered().size() == requiredRules.size())
                .thenComparingInt(Candidate::specificity)
                .thenComparing(Candidate::languageMatches)
                .thenComparingInt(c -> c.covered().size())
                .thenComparing(c -> c.template().id(), Comparator.reverseOrder());
        Candidate best = candidates.stream().max(preference).orElseThrow();
        List<String> reasons = new ArrayList<>();
        TemplateHeader h = best.template().header();
        reasons.add(h.label() + " serves " + (best.specificity() == 2 ? jurisdiction : jurisdiction + " through "
                + h.jurisdictions()));
        if (!best.covered().isEmpty()) {
            reasons.add("reviewed against " + String.join(", ", new TreeSet<>(best.covered())));
        }
        Set<String> unmet = new TreeSet<>(requiredRules);
        unmet.removeAll(best.covered());
        if (!unmet.isEmpty()) {
            reasons.add("NOT reviewed against " + String.join(", ", unmet) + ": legal must confirm it meets them");
        }
        if (requiredRules.isEmpty()) {
            reasons.add("no rule requires this notice; it is sent voluntarily");
        }
        reasons.add(best.languageMatches() ? "written in " + h.language()
                : "no suitable template in '" + language + "', so in " + h.language());
        return new TemplateChoice(Optional.of(best.template()), reasons, unmet);
    }

    /** 2 = written for exactly this jurisdiction, 1 = for a group containing it, 0 = not for it. */
    static int specificity(List<String> templateJurisdictions, String person) {
        int best = 0;
        String country = person.contains("-") ? person.substring(0, person.indexOf('-')) : person;
        for (String j : templateJurisdictions) {
            if (j.equals(person)) {
                return 2;
            }
            boolean group = switch (j) {
                case "*" -> true;
                case "EU" -> Countries.isEu(country);
                case "EEA" -> Countries.isEea(country);
                default -> j.equals(country) && !j.equals(person);
            };
            if (group) {
                best = 1;
            }
        }
        return best;
    }
}
