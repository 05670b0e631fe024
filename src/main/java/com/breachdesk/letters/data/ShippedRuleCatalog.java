package com.breachdesk.letters.data;

import com.breachdesk.vocabulary.Countries;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * Reads the rule pack shipped in {@code rules/*.json} for what letters need from it (titles, citations,
 * authorities, content requirements). It does not evaluate conditions: which obligations apply is the rules
 * engine's decision; letters only need to know what a given rule asks a notice to say.
 */
public final class ShippedRuleCatalog implements RuleCatalog {

    /** The family files of the shipped pack, in load order. */
    static final List<String> FAMILIES = List.of("eu", "europe-other", "uk", "ukraine", "us-federal",
            "us-states-a-m", "us-states-n-w", "world");

    private final Map<String, NoticeObligation> byId;
    private final String fingerprint;

    private ShippedRuleCatalog(Map<String, NoticeObligation> byId, String fingerprint) {
        this.byId = byId;
        this.fingerprint = fingerprint;
    }

    /** The rules as they stand on {@code asOf}: for a rule with several versions, the one valid that day. */
    public static ShippedRuleCatalog load(LocalDate asOf) {
        ObjectMapper json = new ObjectMapper();
        Map<String, NoticeObligation> byId = new LinkedHashMap<>();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String family : FAMILIES) {
            String resource = "/rules/" + family + ".json";
            try (InputStream in = ShippedRuleCatalog.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("The rule pack file " + resource + " is missing from this build");
                }
                byte[] bytes = in.readAllBytes();
                sha.update(bytes);
                for (JsonNode rule : json.readTree(bytes).path("rules")) {
                    if (!validOn(rule, asOf)) {
                        continue;
                    }
                    NoticeObligation o = toObligation(rule);
                    NoticeObligation known = byId.get(o.ruleId());
                    if (known == null || known.version() < o.version()) {
                        byId.put(o.ruleId(), o);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Reading " + resource + " failed", e);
            }
        }
        return new ShippedRuleCatalog(Map.copyOf(byId), HexFormat.of().formatHex(sha.digest()).substring(0, 16));
    }

    private static boolean validOn(JsonNode rule, LocalDate day) {
        String from = rule.path("valid_from").asText(null);
        String to = rule.path("valid_to").asText(null);
        return (from == null || !day.isBefore(LocalDate.parse(from))) && (to == null || !day.isAfter(LocalDate.parse(to)));
    }

    private static NoticeObligation toObligation(JsonNode r) {
        List<String> content = new ArrayList<>();
        r.path("content_requirements").forEach(n -> content.add(n.asText()));
        Map<String, NoticeObligation.Authority> byState = new LinkedHashMap<>();
        r.path("authorities").fields().forEachRemaining(e -> byState.put(e.getKey(),
                new NoticeObligation.Authority(e.getValue().path("name").asText(), e.getValue().path("url").asText(null))));
        JsonNode authority = r.path("authority");
        List<String> sectors = new ArrayList<>();
        r.path("conditions").path("sectors").forEach(n -> sectors.add(n.asText()));
        return new NoticeObligation(r.path("id").asText(), r.path("version").asInt(1), r.path("jurisdiction").asText(),
                r.path("regime").asText(), r.path("title").asText(), r.path("recipient").path("type").asText(),
                r.path("recipient").path("name").asText(null), r.path("phase").asText(null),
                r.path("citation").asText(), authority.path("name").asText(null), authority.path("url").asText(null),
                byState, r.path("deadline_text").asText(null), content,
                "required".equals(r.path("duty").asText()), !"draft".equals(r.path("status").asText()), sectors);
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
    static boolean covers(String ruleJurisdiction, String person) {
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
