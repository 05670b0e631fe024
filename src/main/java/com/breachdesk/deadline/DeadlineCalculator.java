package com.breachdesk.deadline;

import com.breachdesk.deadline.DeadlineArithmetic.Deadline;
import com.breachdesk.deadline.Finding.Kind;
import com.breachdesk.deadline.Finding.Outcome;
import com.breachdesk.incident.Incident;
import com.breachdesk.rules.Authority;
import com.breachdesk.rules.ClockEvent;
import com.breachdesk.rules.Duty;
import com.breachdesk.rules.Establishment;
import com.breachdesk.rules.Jurisdiction;
import com.breachdesk.rules.NationalTimeLimit;
import com.breachdesk.rules.Ordering;
import com.breachdesk.rules.Rule;
import com.breachdesk.rules.RulePack;
import com.breachdesk.rules.TimeLimit;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.vocabulary.Countries;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which notices a case requires, to whom, and by when: a pure function of the case facts, the rule pack
 * and the clock (used only to pick rule versions when a clock-start date is not yet known). See
 * docs/adr/0005-deadline-arithmetic.md and docs/adr/0006-rule-versions-routing-and-missing-facts.md.
 */
public final class DeadlineCalculator {

    private static final Comparator<Obligation> BY_DUE = Comparator
            .comparing((Obligation o) -> o.due() == null ? Instant.MAX : o.due())
            .thenComparing(o -> o.status().ordinal())
            .thenComparing(Obligation::key);

    private final RulePack pack;
    private final DeadlineArithmetic arithmetic;
    private final Clock clock;

    public DeadlineCalculator(RulePack pack, HolidayCalendars holidays, Clock clock) {
        this.pack = pack;
        this.arithmetic = new DeadlineArithmetic(holidays);
        this.clock = clock;
    }

    /** Every obligation for the jurisdictions with affected people, soonest due first. */
    public List<Obligation> calculate(CaseFacts facts) {
        Run run = new Run(facts);
        List<Obligation> out = new ArrayList<>();
        for (String id : pack.ids()) {
            for (String target : run.targets(id)) {
                out.add(run.obligation(id, target));
            }
        }
        out.sort(BY_DUE);
        return out;
    }

    /** One calculation: memoizes obligations so that dependencies are evaluated once. */
    private final class Run {

        private final CaseFacts facts;
        private final ConditionEvaluator conditions;
        private final Map<ObligationKey, Obligation> computed = new HashMap<>();
        private final Set<ObligationKey> inProgress = new HashSet<>();
        private final Map<String, List<String>> targets = new HashMap<>();

        Run(CaseFacts facts) {
            this.facts = facts;
            this.conditions = new ConditionEvaluator(facts);
        }

        /** The jurisdictions a rule applies in for this case: where affected people live, after GDPR routing. */
        List<String> targets(String ruleId) {
            return targets.computeIfAbsent(ruleId, this::findTargets);
        }

        private List<String> findTargets(String ruleId) {
            List<Rule> versions = pack.versions(ruleId);
            if (versions.isEmpty() || (!facts.includeDrafts() && versions.stream().allMatch(Rule::isDraft))) {
                return List.of();
            }
            Rule shape = versions.get(versions.size() - 1);
            String j = shape.jurisdiction();
            if (shape.isEuropeanUnionWide()) {
                Set<String> states = new TreeSet<>(Countries.EU);
                if ("EEA".equals(j)) {
                    states.addAll(Countries.EEA_NON_EU);
                }
                List<String> affected = states.stream().filter(s -> facts.population().people(s) > 0).toList();
                Establishment routing = shape.conditions().establishment();
                Optional<String> main = facts.organization().euMainEstablishment().filter(states::contains);
                if (routing == Establishment.EU_MAIN_ESTABLISHMENT) {
                    return main.isPresent() && !affected.isEmpty() ? List.of(main.get()) : List.of();
                }
                if (routing == Establishment.NO_EU_MAIN_ESTABLISHMENT && main.isPresent()) {
                    return List.of();
                }
                return affected;
            }
            if (shape.conditions().countsPerSubdivision()) {
                return facts.population().peoplePerJurisdiction().entrySet().stream()
                        .filter(e -> e.getKey().startsWith(j + "-") && e.getValue() > 0)
                        .map(Map.Entry::getKey).sorted().toList();
            }
            return facts.population().people(j) > 0 ? List.of(j) : List.of();
        }

        /** The obligation of another rule that this one depends on, in the same jurisdiction where it exists. */
        Optional<Obligation> dependency(String ruleId, String target) {
            List<String> where = targets(ruleId);
            if (where.contains(target)) {
                return Optional.of(obligation(ruleId, target));
            }
            return where.size() == 1 ? Optional.of(obligation(ruleId, where.get(0))) : Optional.empty();
        }

        Obligation obligation(String ruleId, String target) {
            ObligationKey key = new ObligationKey(ruleId, target);
            Obligation done = computed.get(key);
            if (done != null) {
                return done;
            }
            if (!inProgress.add(key)) {
                throw new IllegalStateException("Rules depend on each other in a circle at " + key);
            }
            Obligation o = evaluate(key);
            inProgress.remove(key);
            computed.put(key, o);
            return o;
        }

        private Optional<Instant> event(ClockEvent event) {
            Incident i = facts.incident();
            Optional<MomentInZone> m = switch (event) {
                case AWARE_AT, DETECTED -> i.awareAt();
                case DISCOVERED_AT -> i.discoveredAt();
                case DETERMINED_AT -> i.determinedAt();
                case OCCURRED_AT -> i.occurredFrom();
                case AFTER_OBLIGATION, END_OF_CALENDAR_YEAR -> Optional.empty();
            };
            return m.map(MomentInZone::instant);
        }

        /** The date that picks the rule version: the day its clock's incident event happened, in the jurisdiction. */
        private Optional<LocalDate> selectionDate(Rule rule, Jurisdiction j, int depth) {
            ClockEvent e = rule.clock().event();
            if (e == ClockEvent.AFTER_OBLIGATION) {
                if (depth > 5) {
                    return Optional.empty();
                }
                Optional<Rule> ref = pack.latest(rule.clock().obligation());
                return ref.flatMap(r -> selectionDate(r, j, depth + 1));
            }
            return event(rule.clock().incidentEvent()).map(t -> t.atZone(j.zone()).toLocalDate());
        }

        private Jurisdiction jurisdiction(String code) {
            return pack.jurisdiction(code)
                    .or(() -> code.contains("-") ? pack.jurisdiction(code.substring(0, code.indexOf('-'))) : Optional.empty())
                    .orElse(new Jurisdiction(code, Countries.name(code), ZoneOffset.UTC,
                            "No time zone is recorded for " + code + "; UTC is used.", null, List.of(), null));
        }

        private Obligation evaluate(ObligationKey key) {
            Jurisdiction j = jurisdiction(key.jurisdiction());
            List<Rule> versions = pack.versions(key.ruleId());
            Rule rule = null;
            for (Rule v : versions) {
                Optional<LocalDate> date = selectionDate(v, j, 0);
                LocalDate on = date.orElse(clock.instant().atZone(j.zone()).toLocalDate());
                if (v.validOn(on) && (facts.includeDrafts() || !v.isDraft())) {
                    rule = v;
                }
            }
            if (rule == null) {
                Rule latest = versions.get(versions.size() - 1);
                Optional<LocalDate> date = selectionDate(latest, j, 0);
                String when = date.map(d -> "on " + d).orElse("today");
                return result(key, latest, j, ObligationStatus.NOT_REQUIRED,
                        List.of(Finding.notMet(Kind.DUTY, "The duty did not exist " + when + ": " + latest.id() + " applies "
                                + versionsText(versions))), List.of(), null, null);
            }
            if (rule.duty() == Duty.NOT_REQUIRED) {
                return result(key, rule, j, ObligationStatus.NOT_REQUIRED,
                        List.of(Finding.notMet(Kind.DUTY, "No such duty: " + firstSentence(rule.notes()))), List.of(), null, null);
            }
            final Rule chosen = rule;
            List<Finding> findings = new ArrayList<>(conditions.evaluate(rule, key.jurisdiction(),
                    id -> dependency(id, key.jurisdiction())));
            Obligation after = null;
            if (rule.clock().event() == ClockEvent.AFTER_OBLIGATION && rule.conditions().requiresObligation() == null) {
                Optional<Obligation> dep = dependency(rule.clock().obligation(), key.jurisdiction());
                if (dep.isEmpty() || dep.get().status() == ObligationStatus.NOT_REQUIRED) {
                    findings.add(Finding.notMet(Kind.DEPENDENCY, "Follows " + rule.clock().obligation()
                            + ", which is not required here"));
                } else if (dep.get().status() == ObligationStatus.NEEDS_INFORMATION) {
                    findings.add(Finding.unknown(Kind.DEPENDENCY, "whether " + rule.clock().obligation() + " is required ("
                            + String.join("; ", dep.get().missing()) + ")"));
                }
            }
            if (findings.stream().anyMatch(f -> f.outcome() == Outcome.NOT_MET)) {
                return result(key, chosen, j, ObligationStatus.NOT_REQUIRED, findings, List.of(), null, null);
            }
            List<String> missing = new ArrayList<>();
            findings.stream().filter(f -> f.outcome() == Outcome.UNKNOWN).forEach(f -> missing.add(f.text()));
            // The clock: an incident event, another notice's completion, or the end of a calendar year.
            Instant start = null;
            String startedBy = null;
            ClockEvent e = rule.clock().event();
            switch (e) {
                case AFTER_OBLIGATION -> {
                    Optional<Obligation> dep = dependency(rule.clock().obligation(), key.jurisdiction());
                    if (dep.isPresent() && dep.get().completion() != null) {
                        after = dep.get();
                        start = after.completion().doneAt();
                        startedBy = "completion of " + after.rule().id();
                    } else if (dep.isPresent() && dep.get().status() == ObligationStatus.REQUIRED) {
                        missing.add("notification not yet sent: " + dep.get().rule().title() + " (" + dep.get().rule().id()
                                + ") is not marked done");
                    }
                }
                case END_OF_CALENDAR_YEAR -> {
                    Optional<Instant> of = event(rule.clock().of());
                    if (of.isEmpty()) {
                        missing.add(factName(rule.clock().of()));
                    } else {
                        LocalDate yearEnd = LocalDate.of(of.get().atZone(j.zone()).getYear(), 12, 31);
                        start = ZonedDateTime.of(yearEnd, DeadlineArithmetic.END_OF_DAY, j.zone()).toInstant();
                        startedBy = "the end of the calendar year of " + rule.clock().of().label() + " (" + yearEnd + ")";
                    }
                }
                default -> {
                    Optional<Instant> at = event(e);
                    if (at.isEmpty()) {
                        missing.add(factName(e));
                    } else {
                        start = at.get();
                        startedBy = e.label();
                    }
                }
            }
            if (!missing.isEmpty()) {
                Obligation waiting = result(key, chosen, j, ObligationStatus.NEEDS_INFORMATION, findings, missing, null, null);
                Optional<Cap> cap = cap(chosen, key, j);
                if (cap.isEmpty() || cap.get().at() == null) {
                    return waiting;
                }
                // The facts for this rule's own clock are missing, but the other notice already caps it: say so.
                return withExplanation(waiting, waiting.explanation() + " At the latest: " + cap.get().words() + ".");
            }
            return required(key, chosen, j, findings, start, startedBy);
        }

        /**
         * The cap a {@code no_later_than} rule puts on this one: the other notice's completion once it is marked done,
         * else its due; {@code at} is null when neither is known. Empty when the rule names no other notice.
         */
        private Optional<Cap> cap(Rule rule, ObligationKey key, Jurisdiction j) {
            if (rule.noLaterThan() == null) {
                return Optional.empty();
            }
            Optional<Obligation> other = dependency(rule.noLaterThan(), key.jurisdiction());
            String name = pack.latest(rule.noLaterThan()).map(r -> r.recipient().displayName()).orElse(rule.noLaterThan());
            String notice = "notice to " + (name.startsWith("Affected ") ? "a" + name.substring(1) : name)
                    + " (" + rule.noLaterThan() + ")";
            if (other.isPresent() && other.get().completion() != null) {
                Instant given = other.get().completion().doneAt();
                return Optional.of(new Cap(given, notice + ", given " + DeadlineArithmetic.shown(given.atZone(j.zone()))
                        + " (marked done)"));
            }
            if (other.isEmpty() || other.get().status() == ObligationStatus.NOT_REQUIRED) {
                return Optional.of(new Cap(null, notice + ", which is not required here"));
            }
            if (other.get().status() == ObligationStatus.NEEDS_INFORMATION) {
                return Optional.of(new Cap(null, notice + ", whose due date is not known yet (it needs information)"));
            }
            if (other.get().due() == null) {
                return Optional.of(new Cap(null, notice + ", which has no fixed due date and is not marked done yet"));
            }
            return Optional.of(new Cap(other.get().due(), notice + ", due "
                    + DeadlineArithmetic.shown(other.get().due().atZone(j.zone()))));
        }

        private Obligation required(ObligationKey key, Rule rule, Jurisdiction j, List<Finding> findings, Instant start,
                                    String startedBy) {
            Instant nominal = null;
            Instant due = null;
            String explanation;
            String cite = "Rule " + rule.key() + " (" + rule.citation() + ")";
            TimeLimit limit = rule.timeLimitIn(key.jurisdiction());
            NationalTimeLimit national = rule.nationalTimeLimits().get(key.jurisdiction());
            String nationalText = national == null ? "" : " " + j.name() + " sets its own time limit: " + national.limit()
                    + " instead of " + (rule.timeLimit() == null ? "the rule's wording" : "the " + rule.timeLimit())
                    + " of " + rule.regime() + " (" + national.citation() + "; confidence: " + national.confidence().id()
                    + (national.sourceUrl() == null ? "" : "; " + national.sourceUrl()) + ").";
            Optional<Cap> cap = cap(rule, key, j);
            if (limit != null) {
                Deadline d = arithmetic.add(start, startedBy, j, limit);
                nominal = d.nominal().toInstant();
                due = d.due();
                if (cap.isEmpty()) {
                    explanation = d.arithmetic() + "." + nationalText + " " + cite + ".";
                } else if (cap.get().at() == null) {
                    explanation = d.arithmetic() + "." + nationalText + " No later than " + cap.get().words() + ". " + cite + ".";
                } else if (cap.get().at().isBefore(due)) {
                    explanation = "No later than " + cap.get().words() + ": that comes first and sets the date (the time"
                            + " limit alone: " + d.arithmetic() + ")." + nationalText + " " + cite + ".";
                    nominal = cap.get().at();
                    due = cap.get().at();
                } else if (cap.get().at().equals(due)) {
                    explanation = d.arithmetic() + "." + nationalText + " The other limit, no later than " + cap.get().words()
                            + ", falls at the same moment. " + cite + ".";
                } else {
                    explanation = d.arithmetic() + "." + nationalText + " The time limit comes first and sets the date; the"
                            + " other limit, no later than " + cap.get().words() + ", is later. " + cite + ".";
                }
            } else {
                String noLimit = "No fixed time limit; the law says: \"" + rule.deadlineText() + "\" (clock: " + startedBy
                        + " at " + DeadlineArithmetic.shown(start.atZone(j.zone())) + ").";
                if (cap.isPresent() && cap.get().at() != null) {
                    explanation = "No later than " + cap.get().words() + "; the law says: \"" + rule.deadlineText() + "\". "
                            + cite + ".";
                    nominal = cap.get().at();
                    due = cap.get().at();
                } else if (cap.isPresent()) {
                    explanation = noLimit + " No later than " + cap.get().words() + ". " + cite + ".";
                } else {
                    explanation = noLimit + " " + cite + ".";
                }
            }
            if (j.zoneNote() != null && limit != null) {
                explanation += " " + j.zoneNote();
            }
            Instant notBefore = null;
            if (rule.notBefore() != null) {
                Deadline wait = arithmetic.add(start, startedBy, j, rule.notBefore());
                notBefore = wait.due();
                explanation += " Not before " + DeadlineArithmetic.shown(wait.effective()) + " (" + wait.arithmetic() + ").";
            }
            Obligation base = result(key, rule, j, ObligationStatus.REQUIRED, findings, List.of(), nominal, due);
            return new Obligation(base.key(), rule, base.jurisdictionName(), base.recipientName(), base.authority(),
                    ObligationStatus.REQUIRED, findings, List.of(), rule.clock().event(), start, j.zone(), nominal, due,
                    notBefore, explanation, base.judgments(), base.ordering(), base.completion());
        }

        private Obligation result(ObligationKey key, Rule rule, Jurisdiction j, ObligationStatus status,
                                  List<Finding> findings, List<String> missing, Instant nominal, Instant due) {
            Authority authority = rule.authorities().getOrDefault(key.jurisdiction(), rule.authority());
            String recipient = rule.authorities().containsKey(key.jurisdiction())
                    ? rule.authorities().get(key.jurisdiction()).name() : rule.recipient().displayName();
            if (rule.isEuropeanUnionWide() && rule.authority() == null && !rule.authorities().containsKey(key.jurisdiction())
                    && rule.recipient().type() == com.breachdesk.rules.RecipientType.REGULATOR) {
                // Never guess an authority: say that the pack does not name one for this state.
                recipient += " - the rule pack names no authority for " + j.name() + "; check national law";
            }
            List<String> judgments = new ArrayList<>();
            if (rule.conditions().harmException() != null && status != ObligationStatus.NOT_REQUIRED) {
                judgments.add("Judgment to record: " + rule.conditions().harmException());
            }
            List<String> ordering = new ArrayList<>();
            for (Ordering o : rule.ordering()) {
                String other = pack.latest(o.ruleId()).map(r -> r.title() + " (" + r.id() + ")").orElse(o.ruleId());
                ordering.add((o.relation() == Ordering.Relation.BEFORE ? "Give this notice before: " : "Give this notice after: ") + other);
            }
            if (rule.noLaterThan() != null) {
                String other = pack.latest(rule.noLaterThan()).map(r -> r.title() + " (" + r.id() + ")").orElse(rule.noLaterThan());
                ordering.add("Give this notice no later than: " + other);
            }
            String explanation = switch (status) {
                case NOT_REQUIRED -> "Not required: " + findings.stream().filter(f -> f.outcome() == Outcome.NOT_MET)
                        .map(Finding::text).findFirst().orElse("") + ". Rule " + rule.key() + " (" + rule.citation() + ").";
                case NEEDS_INFORMATION -> "Needs information: " + String.join("; ", missing) + ". Rule " + rule.key()
                        + " (" + rule.citation() + ").";
                case REQUIRED -> "";
            };
            return new Obligation(key, rule, j.name(), recipient, authority, status, findings, missing,
                    rule.clock().event(), null, j.zone(), nominal, due, null, explanation, judgments, ordering,
                    facts.completions().get(key));
        }
    }

    /** What caps a {@code no_later_than} rule: the moment ({@code null} when not known) and the other notice in words. */
    private record Cap(Instant at, String words) {
    }

    private static Obligation withExplanation(Obligation o, String explanation) {
        return new Obligation(o.key(), o.rule(), o.jurisdictionName(), o.recipientName(), o.authority(), o.status(),
                o.findings(), o.missing(), o.clockStart(), o.clockStartedAt(), o.zone(), o.nominalDue(), o.due(),
                o.notBefore(), explanation, o.judgments(), o.ordering(), o.completion());
    }

    private static String versionsText(List<Rule> versions) {
        Set<String> periods = new LinkedHashSet<>();
        versions.forEach(v -> periods.add(v.validityText()));
        return String.join(", ", periods);
    }

    private static String factName(ClockEvent e) {
        return switch (e) {
            case AWARE_AT, DETECTED -> "when the organization became aware of the breach (aware_at)";
            case DISCOVERED_AT -> "when the breach was discovered (discovered_at)";
            case DETERMINED_AT -> "when it was determined that a breach occurred (determined_at)";
            case OCCURRED_AT -> "when the breach occurred (occurred_from)";
            default -> e.label();
        };
    }

    private static String firstSentence(String notes) {
        if (notes == null || notes.isBlank()) {
            return "the statute sets none";
        }
        int dot = notes.indexOf(". ");
        String first = dot > 0 ? notes.substring(0, dot) : notes;
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }
}
