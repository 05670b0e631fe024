package com.breachdesk.letters.data;

import com.breachdesk.rules.Rule;
import com.breachdesk.rules.RulePack;
import com.breachdesk.vocabulary.Countries;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule pack as letters read it: for each rule, the version in force on a day, turned into what a notice
 * needs (titles, citations, authorities, content requirements). The pack itself comes from the rules loader
 * (shipped pack plus the user's rules folder), so letters and the rules engine read one source. It does not
 * evaluate conditions: which obligations apply is the rules engine's decision (see {@code AssessedNotices}).
 */
public final class RulePackCatalog implements RuleCatalog {

    private final Map<String, NoticeObligation> byId;
    private final String fingerprint;

    private RulePackCatalog(Map<String, NoticeObligation> byId, String fingerprint) {
        this.byId = byId;
        this.fingerprint = fingerprint;
    }

    /** The rules as they stand on {@code asOf}: for each id, the version valid that day (the highest if several). */
    public static RulePackCatalog of(RulePack pack, LocalDate asOf) {
        Map<String, NoticeObligation> byId = new LinkedHashMap<>();
        MessageDigest sha = sha256();
        sha.update(pack.version().getBytes(StandardCharsets.UTF_8));
        for (String id : pack.ids()) {
            Optional<Rule> rule = pack.versions(id).stream().filter(r -> r.validOn(asOf)).reduce((a, b) -> b);
            rule.ifPresent(r -> {
                NoticeObligation o = of(r);
                byId.put(id, o);
                sha.update(o.toString().getBytes(StandardCharsets.UTF_8));
            });
        }
        return new RulePackCatalog(Map.copyOf(byId), HexFormat.of().formatHex(sha.digest()).substring(0, 16));
    }

    /** What a notice needs from one rule version (no deadline: that comes from an evaluation). */
    public static NoticeObligation of(Rule r) {
        Map<String, NoticeObligation.Authority> byState = new LinkedHashMap<>();
        r.authorities().forEach((state, a) -> byState.put(state, new NoticeObligation.Authority(a.name(), a.url())));
        List<String> sectors = new ArrayList<>();
        r.conditions().sectors().forEach(s -> sectors.add(s.id()));
        return new NoticeObligation(r.id(), r.version(), r.jurisdiction(), r.regime(), r.title(),
                r.recipient().type().id(), r.recipient().name(), r.phase() == null ? null : r.phase().id(), r.citation(),
                r.authority() == null ? null : r.authority().name(), r.authority() == null ? null : r.authority().url(),
                byState, r.deadlineText(), r.contentRequirements(), r.duty() == com.breachdesk.rules.Duty.REQUIRED,
                !r.isDraft(), sectors, null, null);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<NoticeObligation> find(String ruleId) {
        return Optional.ofNullable(byId.get(ruleId));
    }

    @Override
    public List<NoticeObligation> forJurisdiction(String jurisdiction, String recipientType) {
        List<NoticeObligation> out = new ArrayList<>();
        for (NoticeObligation o : byId.values()) {
            if (o.recipientType().equals(recipientType) && covers(o.jurisdiction(), jurisdiction)) {
                out.add(o);
            }
        }
        out.sort((a, b) -> a.ruleId().compareTo(b.ruleId()));
        return out;
    }

    /** Whether a rule written for {@code ruleJurisdiction} reaches a person resident in {@code person}. */
    public static boolean covers(String ruleJurisdiction, String person) {
        if (ruleJurisdiction.equals(person)) {
            return true;
        }
        String country = person.contains("-") ? person.substring(0, person.indexOf('-')) : person;
        return switch (ruleJurisdiction) {
            case "EU" -> Countries.isEu(country);
            case "EEA" -> Countries.isEea(country);
            default -> ruleJurisdiction.equals(country);
        };
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }
}
