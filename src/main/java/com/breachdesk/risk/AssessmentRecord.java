package com.breachdesk.risk;

import com.breachdesk.casefile.CaseFile;
import com.breachdesk.casefile.SingleRowTable;
import com.breachdesk.vocabulary.Coded;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes a case's risk factors, GDPR Art. 95 decision and overrides. Every change is one audited
 * transaction; an override cannot be stored without its justification.
 */
public final class AssessmentRecord {

    public static final SingleRowTable<AssessmentField> TABLE = new SingleRowTable<>("risk_assessment", AssessmentField.class);

    /** What the responder has recorded, typed. */
    public record Stored(RiskFactors factors, RiskOverride override, Boolean ecommsServiceRelated, Boolean processorRole,
                         boolean includeDrafts) {
    }

    private final CaseFile caseFile;

    public AssessmentRecord(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    public Stored load() {
        return decode(caseFile.read(TABLE::load));
    }

    /** Stores several fields (user input, normalized here) in one transaction; refuses an override without a reason. */
    public Stored setAll(Map<AssessmentField, String> input) {
        Map<AssessmentField, String> stored = new EnumMap<>(AssessmentField.class);
        input.forEach((f, v) -> stored.put(f, normalize(f, v)));
        return caseFile.write(tx -> {
            TABLE.setAll(tx, stored);
            Stored now = decode(TABLE.load(tx.connection()));
            return now;
        });
    }

    public Stored set(AssessmentField field, String value) {
        return setAll(Map.of(field, value == null ? "" : value));
    }

    /** Records an override of the computed risk decision together with its justification. */
    public Stored override(RiskOverride override) {
        Map<AssessmentField, String> v = new EnumMap<>(AssessmentField.class);
        v.put(AssessmentField.OVERRIDE_LEVEL, override.level() == null ? "" : override.level().id());
        v.put(AssessmentField.OVERRIDE_NOTIFY_AUTHORITY, override.notifyAuthority() == null ? "" : override.notifyAuthority().toString());
        v.put(AssessmentField.OVERRIDE_NOTIFY_INDIVIDUALS, override.notifyIndividuals() == null ? "" : override.notifyIndividuals().toString());
        v.put(AssessmentField.OVERRIDE_JUSTIFICATION, override.justification() == null ? "" : override.justification());
        return setAll(v);
    }

    static String normalize(AssessmentField field, String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String text = input.strip();
        return switch (field) {
            case EASE_OF_IDENTIFICATION -> Coded.parse(EaseOfIdentification.class, text).id();
            case CREDENTIALS -> Coded.parse(CredentialProtection.class, text).id();
            case OVERRIDE_LEVEL -> Coded.parse(RiskLevel.class, text).id();
            case RESTORED_WITHIN_HOURS -> {
                try {
                    long hours = Long.parseLong(text);
                    if (hours < 0) {
                        throw new IllegalArgumentException("restored_within_hours cannot be negative");
                    }
                    yield Long.toString(hours);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("restored_within_hours: '" + text + "' is not a whole number of hours", e);
                }
            }
            case OVERRIDE_JUSTIFICATION -> text;
            default -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y" -> "true";
                case "false", "no", "n" -> "false";
                default -> throw new IllegalArgumentException(field.column() + ": answer yes or no, not '" + text + "'");
            };
        };
    }

    static Stored decode(Map<AssessmentField, String> v) {
        RiskFactors factors = new RiskFactors(
                Coded.find(EaseOfIdentification.class, v.get(AssessmentField.EASE_OF_IDENTIFICATION)).orElse(null),
                bool(v, AssessmentField.VULNERABLE_SUBJECTS),
                v.containsKey(AssessmentField.RESTORED_WITHIN_HOURS) ? Long.valueOf(v.get(AssessmentField.RESTORED_WITHIN_HOURS)) : null,
                bool(v, AssessmentField.RECIPIENT_TRUSTED), bool(v, AssessmentField.MISUSE_OBSERVED),
                bool(v, AssessmentField.PUBLISHED),
                Coded.find(CredentialProtection.class, v.get(AssessmentField.CREDENTIALS)).orElse(null),
                bool(v, AssessmentField.DISPROPORTIONATE_EFFORT));
        RiskOverride override = new RiskOverride(
                Coded.find(RiskLevel.class, v.get(AssessmentField.OVERRIDE_LEVEL)).orElse(null),
                bool(v, AssessmentField.OVERRIDE_NOTIFY_AUTHORITY), bool(v, AssessmentField.OVERRIDE_NOTIFY_INDIVIDUALS),
                v.get(AssessmentField.OVERRIDE_JUSTIFICATION));
        return new Stored(factors, override, bool(v, AssessmentField.ECOMMS_SERVICE_RELATED), bool(v, AssessmentField.PROCESSOR_ROLE),
                Boolean.TRUE.equals(bool(v, AssessmentField.INCLUDE_DRAFTS)));
    }

    private static Boolean bool(Map<AssessmentField, String> v, AssessmentField f) {
        String s = v.get(f);
        return s == null ? null : Boolean.valueOf(s);
    }
}
