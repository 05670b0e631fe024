package com.breachdesk.incident;

import com.breachdesk.casefile.StoredField;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.vocabulary.Coded;
import com.breachdesk.vocabulary.DataCategory;

import java.util.EnumSet;
import java.util.Locale;

/** Every field of the incident record: its column, label, kind and (for choices) vocabulary. */
public enum IncidentField implements StoredField {
    TITLE("title", "Title", FieldKind.TEXT, null),
    TYPE("type", "Type", FieldKind.CHOICE, IncidentType.class),
    DESCRIPTION("description", "What happened", FieldKind.LONG_TEXT, null),
    OCCURRED_FROM("occurred_from", "Occurred from", FieldKind.MOMENT, null),
    OCCURRED_TO("occurred_to", "Occurred until", FieldKind.MOMENT, null),
    DISCOVERED_AT("discovered_at", "Discovered", FieldKind.MOMENT, null),
    AWARE_AT("aware_at", "Became aware", FieldKind.MOMENT, null),
    AWARE_DECIDED_BY("aware_decided_by", "Awareness decided by", FieldKind.TEXT, null),
    AWARE_EVIDENCE("aware_evidence", "Evidence for awareness", FieldKind.LONG_TEXT, null),
    AWARE_REASON("aware_reason", "Why awareness precedes discovery", FieldKind.LONG_TEXT, null),
    DETERMINED_AT("determined_at", "Breach determined", FieldKind.MOMENT, null),
    CONTAINED_AT("contained_at", "Contained", FieldKind.MOMENT, null),
    STATUS("status", "Status", FieldKind.CHOICE, IncidentStatus.class),
    NATURE("nature", "Nature", FieldKind.CHOICES, BreachNature.class),
    INTENT("intent", "Malicious or accidental", FieldKind.CHOICE, Intent.class),
    EXFILTRATION("exfiltration", "Exfiltration", FieldKind.CHOICE, Exfiltration.class),
    ENCRYPTION("encryption", "Encryption", FieldKind.CHOICE, Encryption.class),
    DATA_RECOVERED("data_recovered", "Data recovered", FieldKind.YES_NO, null),
    APPROXIMATE_RECORDS("approximate_records", "Approximate records", FieldKind.COUNT, null),
    SYSTEMS_AFFECTED("systems_affected", "Systems affected", FieldKind.LONG_TEXT, null),
    CAUSE("cause", "Cause", FieldKind.LONG_TEXT, null),
    MEASURES_TAKEN("measures_taken", "Measures taken", FieldKind.LONG_TEXT, null),
    LAW_ENFORCEMENT_DELAY("law_enforcement_delay", "Law enforcement requested a delay", FieldKind.YES_NO, null),
    DATA_CATEGORIES("data_categories", "Data categories", FieldKind.CHOICES, DataCategory.class);

    private final String column;
    private final String label;
    private final FieldKind kind;
    private final Class<? extends Coded> vocabulary;

    IncidentField(String column, String label, FieldKind kind, Class<? extends Coded> vocabulary) {
        this.column = column;
        this.label = label;
        this.kind = kind;
        this.vocabulary = vocabulary;
    }

    @Override
    public String column() {
        return column;
    }

    public String label() {
        return label;
    }

    public FieldKind kind() {
        return kind;
    }

    public Class<? extends Coded> vocabulary() {
        return vocabulary;
    }

    public static IncidentField byColumn(String column) {
        for (IncidentField f : values()) {
            if (f.column.equals(column)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown incident field '" + column + "'");
    }

    /**
     * Turns user input (CLI, import) into the stored form, or explains what is wrong with it.
     * Blank input clears the field.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public String normalize(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String text = input.strip();
        return switch (kind) {
            case TEXT, LONG_TEXT -> text;
            case MOMENT -> MomentInZone.parseIso(text).encode();
            case CHOICE -> ((Coded) Coded.parse((Class) vocabulary, text)).id();
            case CHOICES -> Coded.joinIds(Coded.parseSet((Class) vocabulary, text));
            case YES_NO -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y" -> "true";
                case "false", "no", "n" -> "false";
                default -> throw new IllegalArgumentException(label + ": answer yes or no, not '" + text + "'");
            };
            case COUNT -> {
                long n;
                try {
                    n = Long.parseLong(text.replace(",", "").replace("_", ""));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(label + ": '" + text + "' is not a whole number", e);
                }
                if (n < 0) {
                    throw new IllegalArgumentException(label + " cannot be negative");
                }
                yield Long.toString(n);
            }
        };
    }

    public static EnumSet<IncidentField> moments() {
        EnumSet<IncidentField> out = EnumSet.noneOf(IncidentField.class);
        for (IncidentField f : values()) {
            if (f.kind == FieldKind.MOMENT) {
                out.add(f);
            }
        }
        return out;
    }
}
