package com.breachdesk.organization;

import com.breachdesk.vocabulary.Coded;
import com.breachdesk.vocabulary.Countries;
import com.breachdesk.vocabulary.DataCategory;
import com.breachdesk.vocabulary.Sector;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who the notifying organization is: stored per case (so a case file is complete on its own) and
 * reusable as the default profile for new cases.
 */
public final class OrganizationProfile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EnumMap<OrganizationField, String> values;

    public OrganizationProfile(Map<OrganizationField, String> values) {
        this.values = values.isEmpty() ? new EnumMap<>(OrganizationField.class) : new EnumMap<>(values);
        this.values.values().removeIf(v -> v == null || v.isEmpty());
    }

    public static OrganizationProfile empty() {
        return new OrganizationProfile(Map.of());
    }

    public Map<OrganizationField, String> values() {
        return Collections.unmodifiableMap(values);
    }

    public Optional<String> get(OrganizationField field) {
        return Optional.ofNullable(values.get(field));
    }

    public OrganizationProfile with(OrganizationField field, String storedValue) {
        EnumMap<OrganizationField, String> copy = new EnumMap<>(values);
        if (storedValue == null || storedValue.isEmpty()) {
            copy.remove(field);
        } else {
            copy.put(field, storedValue);
        }
        return new OrganizationProfile(copy);
    }

    public String legalName() {
        return values.getOrDefault(OrganizationField.LEGAL_NAME, "");
    }

    public Set<String> establishments() {
        return countryList(values.get(OrganizationField.ESTABLISHMENTS));
    }

    public Optional<String> euMainEstablishment() {
        return get(OrganizationField.EU_MAIN_ESTABLISHMENT);
    }

    public Set<Sector> sectors() {
        return Coded.parseSet(Sector.class, values.get(OrganizationField.SECTORS));
    }

    public PaperSize paperSize() {
        return get(OrganizationField.PAPER_SIZE).flatMap(id -> Coded.find(PaperSize.class, id)).orElse(PaperSize.A4);
    }

    public EnvelopeWindow envelopeWindow() {
        return get(OrganizationField.ENVELOPE_WINDOW).flatMap(id -> Coded.find(EnvelopeWindow.class, id))
                .orElse(EnvelopeWindow.DL_LEFT);
    }

    public List<InventoryItem> dataInventory() {
        return decodeInventory(values.get(OrganizationField.DATA_INVENTORY));
    }

    /**
     * Turns user input into the stored form of a field, or explains what is wrong with it.
     * Country lists are upper-cased and checked against ISO 3166-1.
     */
    public static String normalize(OrganizationField field, String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String text = input.strip();
        return switch (field) {
            case ESTABLISHMENTS -> String.join(",", countryList(text));
            case EU_MAIN_ESTABLISHMENT -> {
                String code = text.toUpperCase(Locale.ROOT);
                if (!Countries.isEea(code)) {
                    throw new IllegalArgumentException("EU main establishment must be an EU/EEA country code, not '" + text + "'");
                }
                yield code;
            }
            case SECTORS -> Coded.joinIds(Coded.parseSet(Sector.class, text));
            case PAPER_SIZE -> Coded.parse(PaperSize.class, text).id();
            case ENVELOPE_WINDOW -> Coded.parse(EnvelopeWindow.class, text).id();
            case DATA_INVENTORY -> encodeInventory(decodeInventory(text));
            default -> text;
        };
    }

    static Set<String> countryList(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            String code = part.toUpperCase(Locale.ROOT);
            if (!Countries.isIsoAlpha2(code)) {
                throw new IllegalArgumentException("'" + part + "' is not an ISO 3166-1 alpha-2 country code");
            }
            out.add(code);
        }
        return out;
    }

    public static String encodeInventory(List<InventoryItem> items) {
        if (items.isEmpty()) {
            return null;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (InventoryItem item : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", item.label());
            m.put("categories", item.categories().stream().sorted().map(DataCategory::id).toList());
            out.add(m);
        }
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<InventoryItem> decodeInventory(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            List<Map<String, Object>> raw = JSON.readValue(json, new TypeReference<>() { });
            List<InventoryItem> out = new ArrayList<>();
            for (Map<String, Object> m : raw) {
                Object cats = m.get("categories");
                EnumSet<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
                if (cats instanceof List<?> list) {
                    for (Object id : list) {
                        categories.add(Coded.parse(DataCategory.class, String.valueOf(id)));
                    }
                }
                out.add(new InventoryItem(String.valueOf(m.get("label")), categories));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Data inventory is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrganizationProfile other && other.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "OrganizationProfile[" + legalName() + "]";
    }
}
