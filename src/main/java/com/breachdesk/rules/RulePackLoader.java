package com.breachdesk.rules;

import com.breachdesk.risk.RiskLevel;
import com.breachdesk.rules.RuleFileFormat.AuthorityJson;
import com.breachdesk.rules.RuleFileFormat.ConditionsJson;
import com.breachdesk.rules.RuleFileFormat.FamilyFile;
import com.breachdesk.rules.RuleFileFormat.JurisdictionJson;
import com.breachdesk.rules.RuleFileFormat.LimitJson;
import com.breachdesk.rules.RuleFileFormat.NationalLimitJson;
import com.breachdesk.rules.RuleFileFormat.PackFile;
import com.breachdesk.rules.RuleFileFormat.RuleJson;
import com.breachdesk.rules.RuleFileFormat.ThresholdJson;
import com.breachdesk.vocabulary.Coded;
import com.breachdesk.vocabulary.Countries;
import com.breachdesk.vocabulary.DataCategory;
import com.breachdesk.vocabulary.Sector;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the shipped rule pack (and optionally the user's rules folder) into a {@link RulePack}, checking
 * everything docs/rule-pack.md promises. Any problem refuses the whole pack with a message naming the file and
 * the rule: a half-loaded pack could silently drop a duty.
 */
public final class RulePackLoader {

    static final String SHIPPED_FOLDER = "/rules/";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?|EU|EEA");

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** A file's name (for messages) and its text. */
    record SourceFile(String name, String text) {
    }

    /** The pack shipped inside the application. */
    public RulePack loadShipped() {
        return load(null);
    }

    /**
     * The shipped pack plus every {@code *.json} in {@code userFolder} (when it exists). A user rule adds a new id,
     * or replaces the shipped versions of its id whose validity overlaps its own; it must then carry a higher version.
     */
    public RulePack load(Path userFolder) {
        List<SourceFile> user = new ArrayList<>();
        if (userFolder != null && Files.isDirectory(userFolder)) {
            try (Stream<Path> files = Files.list(userFolder)) {
                for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                    user.add(new SourceFile(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new RulePackException(List.of(userFolder + ": cannot be read (" + e.getMessage() + ")"));
            }
        }
        return load(readShipped("pack.json"), user);
    }

    RulePack load(SourceFile packFile, List<SourceFile> userFiles) {
        List<String> problems = new ArrayList<>();
        PackFile pack = parse(packFile, PackFile.class, problems);
        if (pack == null) {
            throw new RulePackException(problems);
        }
        if (blank(pack.version) || pack.families == null || pack.families.isEmpty() || blank(pack.jurisdictions)) {
            throw new RulePackException(List.of(packFile.name() + ": needs a version, a list of families and a jurisdictions file"));
        }
        Map<String, Jurisdiction> jurisdictions = readJurisdictions(readShipped(pack.jurisdictions), problems);
        // Family files are independent: parse them in parallel (the mapper is thread-safe), keep their order.
        List<List<String>> familyProblems = new ArrayList<>();
        List<List<Rule>> familyRules = pack.families.parallelStream().map(family -> {
            List<String> mine = new ArrayList<>();
            List<Rule> rules = readFamily(readShipped(family), mine);
            synchronized (familyProblems) {
                familyProblems.add(mine);
            }
            return rules;
        }).toList();
        familyProblems.forEach(problems::addAll);
        List<Rule> shipped = new ArrayList<>();
        familyRules.forEach(shipped::addAll);
        List<Rule> all = new ArrayList<>(shipped);
        List<String> overridden = new ArrayList<>();
        for (SourceFile file : userFiles) {
            for (Rule userRule : readFamily(file, problems)) {
                mergeUserRule(userRule, shipped, all, overridden, problems);
            }
        }
        checkPack(all, jurisdictions, problems);
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        return new RulePack(pack.version, all, jurisdictions,
                userFiles.stream().map(SourceFile::name).toList(), overridden);
    }

    private SourceFile readShipped(String name) {
        String path = SHIPPED_FOLDER + name;
        try (InputStream in = RulePackLoader.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new RulePackException(List.of("rules/" + name + ": missing from the application"));
            }
            return new SourceFile("rules/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RulePackException(List.of("rules/" + name + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    private <T> T parse(SourceFile file, Class<T> type, List<String> problems) {
        try {
            return json.readValue(file.text(), type);
        } catch (JsonProcessingException e) {
            problems.add(file.name() + ": " + e.getOriginalMessage() + locationOf(e));
            return null;
        }
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }

    private Map<String, Jurisdiction> readJurisdictions(SourceFile file, List<String> problems) {
        Map<String, JurisdictionJson> raw;
        try {
            raw = json.readValue(file.text(), new TypeReference<LinkedHashMap<String, JurisdictionJson>>() { });
        } catch (JsonProcessingException e) {
            problems.add(file.name() + ": " + e.getOriginalMessage() + locationOf(e));
            return Map.of();
        }
        Map<String, Jurisdiction> out = new LinkedHashMap<>();
        for (Map.Entry<String, JurisdictionJson> e : raw.entrySet()) {
            String where = file.name() + ", jurisdiction " + e.getKey() + ": ";
            JurisdictionJson j = e.getValue();
            if (!JURISDICTION.matcher(e.getKey()).matches()) {
                problems.add(where + "not an ISO 3166 code");
                continue;
            }
            ZoneId zone;
            try {
                zone = ZoneId.of(j.zone);
            } catch (DateTimeException | NullPointerException ex) {
                problems.add(where + "unknown time zone '" + j.zone + "'");
                continue;
            }
            String calendar = j.holidays == null ? null : j.holidays.calendar;
            out.put(e.getKey(), new Jurisdiction(e.getKey(), j.name, zone, j.zoneNote, calendar,
                    j.holidays == null ? List.of() : j.holidays.subdivisions, j.holidays == null ? null : j.holidays.note));
        }
        return out;
    }

    private List<Rule> readFamily(SourceFile file, List<String> problems) {
        // Fast path: bind the whole file at once. Only when that fails is it re-read rule by rule, so that the
        // message can name the rule that is malformed.
        RuleFileFormat.TypedFamilyFile typed;
        try {
            typed = json.readValue(file.text(), RuleFileFormat.TypedFamilyFile.class);
        } catch (JsonProcessingException e) {
            typed = null;
        }
        if (typed != null && !blank(typed.family) && typed.rules != null) {
            List<Rule> out = new ArrayList<>();
            for (RuleJson r : typed.rules) {
                String label = (r.id == null ? "?" : r.id) + (r.version == null ? "" : " v" + r.version);
                Rule rule = new RuleReader(file.name() + ", rule " + label + ": ", problems).read(r, file.name());
                if (rule != null) {
                    out.add(rule);
                }
            }
            return out;
        }
        FamilyFile family = parse(file, FamilyFile.class, problems);
        if (family == null) {
            return List.of();
        }
        if (blank(family.family) || family.rules == null) {
            problems.add(file.name() + ": needs \"family\" and \"rules\"");
            return List.of();
        }
        List<Rule> out = new ArrayList<>();
        for (int i = 0; i < family.rules.size(); i++) {
            JsonNode node = family.rules.get(i);
            String label = node.path("id").asText("#" + (i + 1)) + (node.has("version") ? " v" + node.path("version").asText() : "");
            String where = file.name() + ", rule " + label + ": ";
            RuleJson r;
            try {
                r = json.treeToValue(node, RuleJson.class);
            } catch (JsonProcessingException e) {
                problems.add(where + e.getOriginalMessage());
                continue;
            }
            Rule rule = new RuleReader(where, problems).read(r, file.name());
            if (rule != null) {
                out.add(rule);
            }
        }
        return out;
    }

    /** User rules replace shipped rules only; two user rules that clash are refused by the pack checks. */
    private static void mergeUserRule(Rule userRule, List<Rule> shipped, List<Rule> all, List<String> overridden,
                                      List<String> problems) {
        List<Rule> same = shipped.stream().filter(r -> r.id().equals(userRule.id()) && all.contains(r)).toList();
        int highest = same.stream().mapToInt(Rule::version).max().orElse(0);
        if (!same.isEmpty() && userRule.version() <= highest) {
            problems.add(userRule.source() + ", rule " + userRule.key() + ": replaces a shipped rule, so its version must be"
                    + " higher than v" + highest);
            return;
        }
        for (Rule r : same) {
            if (overlaps(r, userRule)) {
                all.remove(r);
                overridden.add(r.key());
            }
        }
        all.add(userRule);
    }

    private static boolean overlaps(Rule a, Rule b) {
        LocalDate aFrom = a.validFrom() == null ? LocalDate.MIN : a.validFrom();
        LocalDate aTo = a.validTo() == null ? LocalDate.MAX : a.validTo();
        LocalDate bFrom = b.validFrom() == null ? LocalDate.MIN : b.validFrom();
        LocalDate bTo = b.validTo() == null ? LocalDate.MAX : b.validTo();
        return !aFrom.isAfter(bTo) && !bFrom.isAfter(aTo);
    }

    /** Checks that need the whole pack: uniqueness, validity overlaps, references and jurisdictions. */
    private static void checkPack(List<Rule> rules, Map<String, Jurisdiction> jurisdictions, List<String> problems) {
        Map<String, List<Rule>> byId = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (Rule r : rules) {
            if (!keys.add(r.key())) {
                problems.add(r.source() + ", rule " + r.key() + ": the same id and version appear twice");
            }
            byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
        }
        for (List<Rule> versions : byId.values()) {
            for (int i = 0; i < versions.size(); i++) {
                for (int j = i + 1; j < versions.size(); j++) {
                    Rule a = versions.get(i);
                    Rule b = versions.get(j);
                    if (a.version() != b.version() && overlaps(a, b)) {
                        problems.add(b.source() + ", rule " + b.key() + ": validity " + b.validityText()
                                + " overlaps " + a.key() + " (" + a.validityText() + ")");
                    }
                    if (!a.jurisdiction().equals(b.jurisdiction())) {
                        problems.add(b.source() + ", rule " + b.key() + ": jurisdiction " + b.jurisdiction()
                                + " differs from " + a.key() + " (" + a.jurisdiction() + ")");
                    }
                }
            }
        }
        for (Rule r : rules) {
            String where = r.source() + ", rule " + r.key() + ": ";
            if (!r.isEuropeanUnionWide() && !jurisdictions.containsKey(r.jurisdiction())) {
                problems.add(where + "jurisdiction " + r.jurisdiction() + " has no entry (time zone, holidays) in the jurisdictions file");
            }
            if (r.isEuropeanUnionWide()) {
                for (String state : r.authorities().keySet()) {
                    if (!Countries.isEea(state)) {
                        problems.add(where + "authorities lists " + state + ", which is not an EU/EEA member state");
                    }
                }
                for (String state : new TreeSet<>(r.nationalTimeLimits().keySet())) {
                    if ("EU".equals(r.jurisdiction()) ? !Countries.isEu(state) : !Countries.isEea(state)) {
                        problems.add(where + "national_time_limits lists " + state + ", which is not a member state the rule"
                                + " applies in (" + r.jurisdiction() + ")");
                    }
                }
            } else if (!r.nationalTimeLimits().isEmpty()) {
                problems.add(where + "national_time_limits is only for EU/EEA rules (it sets a member state's own limit)");
            }
            if (r.noLaterThan() != null) {
                if (!byId.containsKey(r.noLaterThan())) {
                    problems.add(where + "no_later_than refers to rule '" + r.noLaterThan() + "', which does not exist");
                } else if (r.noLaterThan().equals(r.id())) {
                    problems.add(where + "no_later_than refers to itself");
                }
            }
            List<String> references = new ArrayList<>();
            if (r.clock().obligation() != null) {
                references.add(r.clock().obligation());
            }
            if (r.conditions().requiresObligation() != null) {
                references.add(r.conditions().requiresObligation());
            }
            r.ordering().forEach(o -> references.add(o.ruleId()));
            for (String ref : references) {
                if (!byId.containsKey(ref)) {
                    problems.add(where + "refers to rule '" + ref + "', which does not exist");
                } else if (ref.equals(r.id())) {
                    problems.add(where + "refers to itself");
                }
            }
        }
        checkCycles(rules, byId.keySet(), problems);
    }

    /**
     * The engine evaluates a rule after the rules it depends on (no_later_than, an after_obligation clock,
     * requires_obligation); a circle of such references could never be evaluated, so the pack is refused.
     */
    private static void checkCycles(List<Rule> rules, Set<String> ids, List<String> problems) {
        // Edges by id, over every version of a rule: "a -(no_later_than)-> b".
        Map<String, Map<String, String>> edges = new TreeMap<>();
        Map<String, Rule> first = new HashMap<>();
        for (Rule r : rules) {
            first.putIfAbsent(r.id(), r);
            Map<String, String> out = edges.computeIfAbsent(r.id(), k -> new TreeMap<>());
            if (r.noLaterThan() != null && ids.contains(r.noLaterThan()) && !r.noLaterThan().equals(r.id())) {
                out.putIfAbsent(r.noLaterThan(), "no_later_than");
            }
            String clockRef = r.clock().obligation();
            if (clockRef != null && ids.contains(clockRef) && !clockRef.equals(r.id())) {
                out.putIfAbsent(clockRef, "clock after_obligation");
            }
            String required = r.conditions().requiresObligation();
            if (required != null && ids.contains(required) && !required.equals(r.id())) {
                out.putIfAbsent(required, "requires_obligation");
            }
        }
        Set<String> finished = new HashSet<>();
        Set<Set<String>> reported = new HashSet<>();
        for (String start : edges.keySet()) {
            Deque<String> path = new ArrayDeque<>();
            findCycles(start, edges, path, new HashSet<>(), finished, reported, first, problems);
        }
    }

    private static void findCycles(String id, Map<String, Map<String, String>> edges, Deque<String> path,
                                   Set<String> onPath, Set<String> finished, Set<Set<String>> reported,
                                   Map<String, Rule> first, List<String> problems) {
        if (finished.contains(id)) {
            return;
        }
        path.addLast(id);
        onPath.add(id);
        for (Map.Entry<String, String> e : edges.getOrDefault(id, Map.of()).entrySet()) {
            String next = e.getKey();
            if (onPath.contains(next)) {
                List<String> cycle = new ArrayList<>();
                boolean in = false;
                for (String p : path) {
                    in |= p.equals(next);
                    if (in) {
                        cycle.add(p);
                    }
                }
                if (reported.add(new HashSet<>(cycle))) {
                    StringBuilder words = new StringBuilder();
                    for (int i = 0; i < cycle.size(); i++) {
                        String from = cycle.get(i);
                        String to = i + 1 < cycle.size() ? cycle.get(i + 1) : next;
                        words.append(from).append(" (").append(edges.get(from).get(to)).append(") -> ");
                    }
                    words.append(next);
                    Rule r = first.get(next);
                    problems.add(r.source() + ", rule " + r.key() + ": rules depend on each other in a circle: " + words);
                }
            } else {
                findCycles(next, edges, path, onPath, finished, reported, first, problems);
            }
        }
        path.removeLast();
        onPath.remove(id);
        finished.add(id);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Converts one rule's JSON to a record, adding a problem (and returning null) for anything wrong. */
    private static final class RuleReader {

        private final String where;
        private final List<String> problems;
        private final int before;

        RuleReader(String where, List<String> problems) {
            this.where = where;
            this.problems = problems;
            this.before = problems.size();
        }

        private void problem(String message) {
            problems.add(where + message);
        }

        private String required(String value, String field) {
            if (blank(value)) {
                problem(field + " is missing");
            }
            return value;
        }

        private <E extends Enum<E> & Coded> E code(Class<E> type, String value, String field) {
            if (blank(value)) {
                problem(field + " is missing");
                return null;
            }
            var found = Coded.find(type, value);
            if (found.isEmpty()) {
                problem("unknown " + field + " '" + value + "' (known: " + String.join(", ", new java.util.TreeSet<>(Coded.ids(type))) + ")");
                return null;
            }
            return found.get();
        }

        private LocalDate date(String value, String field, boolean mandatory) {
            if (blank(value)) {
                if (mandatory) {
                    problem(field + " is missing");
                }
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeException e) {
                problem(field + " '" + value + "' is not a YYYY-MM-DD date");
                return null;
            }
        }

        Rule read(RuleJson r, String source) {
            if (blank(r.id) || !ID.matcher(r.id).matches()) {
                problem("id '" + r.id + "' must be lowercase a-z, 0-9 and hyphens");
            }
            if (r.version == null || r.version < 1) {
                problem("version must be a whole number of at least 1");
            }
            if (blank(r.jurisdiction) || !JURISDICTION.matcher(r.jurisdiction).matches()) {
                problem("jurisdiction '" + r.jurisdiction + "' is not ISO 3166-1 alpha-2, ISO 3166-2, US, EU or EEA");
            }
            required(r.regime, "regime");
            required(r.title, "title");
            required(r.citation, "citation");
            required(r.sourceUrl, "source_url");
            if (!blank(r.sourceUrl) && !r.sourceUrl.startsWith("https://") && !r.sourceUrl.startsWith("http://")) {
                problem("source_url must be a web address");
            }
            required(r.deadlineText, "deadline_text");
            Recipient recipient = null;
            if (r.recipient == null) {
                problem("recipient is missing");
            } else {
                RecipientType type = code(RecipientType.class, r.recipient.type, "recipient type");
                if (type == RecipientType.OTHER && blank(r.recipient.name)) {
                    problem("recipient of type 'other' needs a name");
                }
                if (type != null) {
                    recipient = new Recipient(type, r.recipient.name);
                }
            }
            Duty duty = code(Duty.class, r.duty, "duty");
            if (duty == Duty.NOT_REQUIRED && blank(r.notes)) {
                problem("a not_required rule must say in its notes why the statute sets no such duty");
            }
            Phase phase = r.phase == null ? null : code(Phase.class, r.phase, "phase");
            ClockStart clock = clock(r);
            TimeLimit limit = limit(r.timeLimit, "time_limit");
            TimeLimit notBefore = limit(r.notBefore, "not_before");
            Map<String, NationalTimeLimit> national = new LinkedHashMap<>();
            if (r.nationalTimeLimits != null) {
                r.nationalTimeLimits.forEach((state, n) -> {
                    NationalTimeLimit read = national(n, "national_time_limits." + state, limit);
                    if (read != null) {
                        national.put(state, read);
                    }
                });
            }
            if (r.noLaterThan != null && (blank(r.noLaterThan) || !ID.matcher(r.noLaterThan).matches())) {
                problem("no_later_than '" + r.noLaterThan + "' must be the id of another rule");
            }
            Conditions conditions = r.conditions == null ? Conditions.NONE : conditions(r.conditions, true);
            List<Ordering> ordering = new ArrayList<>();
            if (r.ordering != null) {
                for (Map<String, String> o : r.ordering) {
                    if (o.size() != 1 || !(o.containsKey("before") || o.containsKey("after"))) {
                        problem("each ordering entry is {\"before\": id} or {\"after\": id}");
                        continue;
                    }
                    Map.Entry<String, String> e = o.entrySet().iterator().next();
                    ordering.add(new Ordering(e.getKey().equals("before") ? Ordering.Relation.BEFORE : Ordering.Relation.AFTER,
                            e.getValue()));
                }
            }
            Map<String, Authority> authorities = new LinkedHashMap<>();
            if (r.authorities != null) {
                r.authorities.forEach((state, a) -> authorities.put(state, authority(a, "authorities." + state)));
            }
            LocalDate validFrom = date(r.validFrom, "valid_from", false);
            LocalDate validTo = date(r.validTo, "valid_to", false);
            if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
                problem("valid_to " + validTo + " is before valid_from " + validFrom);
            }
            LocalDate lastReviewed = date(r.lastReviewed, "last_reviewed", true);
            Confidence confidence = code(Confidence.class, r.confidence, "confidence");
            RuleStatus status = r.status == null ? RuleStatus.IN_FORCE : code(RuleStatus.class, r.status, "status");
            if (problems.size() > before) {
                return null;
            }
            return new Rule(r.id, r.version, r.jurisdiction, r.regime, r.title, recipient, duty, phase, clock, limit,
                    national, notBefore, r.noLaterThan, r.deadlineText, conditions, ordering, r.contentRequirements, r.submission,
                    r.authority == null ? null : authority(r.authority, "authority"), authorities, r.citation,
                    r.sourceUrl, validFrom, validTo, lastReviewed, confidence, status, r.notes, source);
        }

        /** A member state's own limit: it needs a limit, citation and confidence, and must be stricter where comparable. */
        private NationalTimeLimit national(NationalLimitJson n, String field, TimeLimit ruleLimit) {
            if (n == null) {
                problem(field + " is empty");
                return null;
            }
            if (n.timeLimit == null) {
                problem(field + " needs a time_limit");
            }
            TimeLimit limit = limit(n.timeLimit, field + ".time_limit");
            if (blank(n.citation)) {
                problem(field + " needs the citation of the national law");
            }
            if (!blank(n.sourceUrl) && !n.sourceUrl.startsWith("https://") && !n.sourceUrl.startsWith("http://")) {
                problem(field + ".source_url must be a web address");
            }
            Confidence confidence = code(Confidence.class, n.confidence, field + " confidence");
            if (limit != null && ruleLimit != null && stricterOrUnknown(limit, ruleLimit) == Boolean.FALSE) {
                problem(field + " (" + limit + ") is not stricter than the rule's time_limit (" + ruleLimit + ")");
            }
            if (limit == null || blank(n.citation) || confidence == null) {
                return null;
            }
            return new NationalTimeLimit(limit, n.citation, blank(n.sourceUrl) ? null : n.sourceUrl, confidence, n.notes);
        }

        /**
         * Whether {@code a} is shorter than {@code b}; null when the units differ (hours against days that end at the
         * end of a local day, business days against calendar days: no exact comparison, so the loader does not judge).
         */
        private static Boolean stricterOrUnknown(TimeLimit a, TimeLimit b) {
            return a.unit() == b.unit() ? Boolean.valueOf(a.amount() < b.amount()) : null;
        }

        private Authority authority(AuthorityJson a, String field) {
            if (a == null || blank(a.name)) {
                problem(field + " needs a name");
                return null;
            }
            return new Authority(a.name, a.url);
        }

        private ClockStart clock(RuleJson r) {
            if (r.clock == null) {
                problem("clock is missing");
                return null;
            }
            ClockEvent event = code(ClockEvent.class, r.clock.start, "clock start");
            if (event == null) {
                return null;
            }
            ClockEvent of = null;
            switch (event) {
                case AFTER_OBLIGATION -> {
                    if (blank(r.clock.obligation)) {
                        problem("clock after_obligation needs the \"obligation\" it counts from");
                    }
                }
                case END_OF_CALENDAR_YEAR -> {
                    of = code(ClockEvent.class, r.clock.of, "clock \"of\"");
                    if (of != null && !of.isIncidentFact()) {
                        problem("clock end_of_calendar_year must name an incident event in \"of\" (e.g. discovered_at)");
                    }
                }
                default -> {
                    if (r.clock.obligation != null || r.clock.of != null) {
                        problem("clock " + event.id() + " takes no \"obligation\" or \"of\"");
                    }
                }
            }
            return new ClockStart(event, r.clock.obligation, of);
        }

        private TimeLimit limit(LimitJson l, String field) {
            if (l == null) {
                return null;
            }
            LimitUnit unit = code(LimitUnit.class, l.unit, field + " unit");
            if (l.amount == null || l.amount < 1) {
                problem(field + " amount must be a whole number of at least 1");
                return null;
            }
            return unit == null ? null : new TimeLimit(l.amount, unit);
        }

        private Threshold threshold(ThresholdJson t, String field, boolean lower) {
            if (t == null) {
                return null;
            }
            if (t.count == null || t.count < 0 || blank(t.op)) {
                problem(field + " needs \"op\" and a non-negative \"count\"");
                return null;
            }
            Threshold.Op op;
            try {
                op = Threshold.Op.parse(t.op);
            } catch (IllegalArgumentException e) {
                problem(field + ": " + e.getMessage());
                return null;
            }
            if (op.isLowerBound() != lower) {
                problem(field + " must use " + (lower ? "> or >=" : "< or <="));
                return null;
            }
            if (t.per != null && !t.per.equals("subdivision")) {
                problem(field + " \"per\" can only be \"subdivision\"");
                return null;
            }
            return new Threshold(op, t.count, t.per != null);
        }

        private Conditions conditions(ConditionsJson c, boolean topLevel) {
            List<Set<DataCategory>> pi = new ArrayList<>();
            if (c.personalInformation != null) {
                for (List<String> set : c.personalInformation) {
                    Set<DataCategory> cats = new LinkedHashSet<>();
                    for (String id : set) {
                        DataCategory cat = code(DataCategory.class, id, "data category");
                        if (cat != null) {
                            cats.add(cat);
                        }
                    }
                    if (set.isEmpty()) {
                        problem("personal_information has an empty set");
                    }
                    pi.add(cats);
                }
            }
            Set<Sector> sectors = EnumSet.noneOf(Sector.class);
            if (c.sectors != null) {
                for (String id : c.sectors) {
                    Sector s = code(Sector.class, id, "sector");
                    if (s != null) {
                        sectors.add(s);
                    }
                }
            }
            RiskLevel minRisk = c.minRisk == null ? null : code(RiskLevel.class, c.minRisk, "min_risk");
            if (minRisk == RiskLevel.UNLIKELY) {
                problem("min_risk must be 'risk' or 'high'");
            }
            Establishment establishment = c.establishment == null ? null
                    : code(Establishment.class, c.establishment, "establishment");
            EncryptionSafeHarbor harbor = null;
            if (c.encryptionSafeHarbor != null) {
                if (c.encryptionSafeHarbor.applies == null || c.encryptionSafeHarbor.voidedIfKeyCompromised == null) {
                    problem("encryption_safe_harbor needs \"applies\" and \"voided_if_key_compromised\"");
                } else {
                    harbor = new EncryptionSafeHarbor(c.encryptionSafeHarbor.applies, c.encryptionSafeHarbor.voidedIfKeyCompromised);
                }
            }
            List<Conditions> anyOf = new ArrayList<>();
            if (c.anyOf != null) {
                if (!topLevel) {
                    problem("any_of cannot be nested");
                } else if (c.anyOf.size() < 2) {
                    problem("any_of needs at least two alternatives");
                }
                for (ConditionsJson alt : c.anyOf) {
                    if (alt.requiresObligation != null || alt.establishment != null || alt.harmException != null
                            || alt.ecommsServiceBreach != null || alt.sectors != null || alt.processor != null) {
                        problem("an any_of alternative may only use min_affected, max_affected, personal_information,"
                                + " encryption_safe_harbor, min_risk and malicious");
                    }
                    anyOf.add(conditions(alt, false));
                }
            }
            return new Conditions(threshold(c.minAffected, "min_affected", true),
                    threshold(c.maxAffected, "max_affected", false), pi, harbor, sectors, minRisk, c.harmException,
                    c.requiresObligation, establishment, c.malicious, c.ecommsServiceBreach, c.processor, anyOf);
        }
    }
}
