package com.breachdesk.incident;

import com.breachdesk.time.MomentInZone;
import com.breachdesk.vocabulary.Coded;
import com.breachdesk.vocabulary.DataCategory;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The incident as recorded: an immutable snapshot of stored field values with typed accessors.
 * Unknown facts are absent (empty), never defaulted: the rules treat "not known" differently from "no".
 */
public final class Incident {

    private final EnumMap<IncidentField, String> values;

    public Incident(Map<IncidentField, String> values) {
        this.values = values.isEmpty() ? new EnumMap<>(IncidentField.class) : new EnumMap<>(values);
        this.values.values().removeIf(v -> v == null || v.isEmpty());
    }

    public static Incident empty() {
        return new Incident(Map.of());
    }

    public Map<IncidentField, String> values() {
        return Collections.unmodifiableMap(values);
    }

    public Optional<String> get(IncidentField field) {
        return Optional.ofNullable(values.get(field));
    }

    public Incident with(IncidentField field, String storedValue) {
        EnumMap<IncidentField, String> copy = new EnumMap<>(values);
        if (storedValue == null || storedValue.isEmpty()) {
            copy.remove(field);
        } else {
            copy.put(field, storedValue);
        }
        return new Incident(copy);
    }

    public String title() {
        return values.getOrDefault(IncidentField.TITLE, "");
    }

    public Optional<IncidentType> type() {
        return get(IncidentField.TYPE).flatMap(id -> Coded.find(IncidentType.class, id));
    }

    public Optional<MomentInZone> moment(IncidentField field) {
        if (field.kind() != FieldKind.MOMENT) {
            throw new IllegalArgumentException(field + " is not a moment");
        }
        return get(field).flatMap(MomentInZone::decode);
    }

    public Optional<MomentInZone> occurredFrom() {
        return moment(IncidentField.OCCURRED_FROM);
    }

    public Optional<MomentInZone> discoveredAt() {
        return moment(IncidentField.DISCOVERED_AT);
    }

    public Optional<MomentInZone> awareAt() {
        return moment(IncidentField.AWARE_AT);
    }

    public Optional<MomentInZone> determinedAt() {
        return moment(IncidentField.DETERMINED_AT);
    }

    public Optional<MomentInZone> containedAt() {
        return moment(IncidentField.CONTAINED_AT);
    }

    public IncidentStatus status() {
        return get(IncidentField.STATUS).flatMap(id -> Coded.find(IncidentStatus.class, id)).orElse(IncidentStatus.OPEN);
    }

    public Set<BreachNature> nature() {
        return Coded.parseSet(BreachNature.class, values.get(IncidentField.NATURE));
    }

    public Optional<Intent> intent() {
        return get(IncidentField.INTENT).flatMap(id -> Coded.find(Intent.class, id));
    }

    public Optional<Exfiltration> exfiltration() {
        return get(IncidentField.EXFILTRATION).flatMap(id -> Coded.find(Exfiltration.class, id));
    }

    public Optional<Encryption> encryption() {
        return get(IncidentField.ENCRYPTION).flatMap(id -> Coded.find(Encryption.class, id));
    }

    public Optional<Boolean> yesNo(IncidentField field) {
        return get(field).map(Boolean::parseBoolean);
    }

    public OptionalLong approximateRecords() {
        return get(IncidentField.APPROXIMATE_RECORDS).map(v -> OptionalLong.of(Long.parseLong(v)))
                .orElse(OptionalLong.empty());
    }

    public Set<DataCategory> dataCategories() {
        return Coded.parseSet(DataCategory.class, values.get(IncidentField.DATA_CATEGORIES));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Incident other && other.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
