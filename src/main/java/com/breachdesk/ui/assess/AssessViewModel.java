package com.breachdesk.ui.assess;

import com.breachdesk.obligations.Assessment;
import com.breachdesk.risk.AssessmentField;
import com.breachdesk.risk.RiskAssessment;
import com.breachdesk.session.CaseSession;
import com.breachdesk.ui.common.CaseContext;
import com.breachdesk.ui.common.DialogService;
import com.breachdesk.ui.common.Messages;
import com.breachdesk.ui.common.TaskRunner;
import com.breachdesk.ui.obligations.AssessorProvider;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Assess step: the risk factors as a short form (each saved and audited as soon as it changes), the computed
 * ENISA result with its reasons, updated live, and an override of the decision that needs a justification.
 */
public final class AssessViewModel {

    /** The factors and decisions on the form, in order, with the plain-language help shown under each. */
    public static final Map<AssessmentField, String> HELP = help();

    /** Override fields are saved together, with the justification, by {@link #recordOverride()}. */
    private static final List<AssessmentField> OVERRIDE = List.of(AssessmentField.OVERRIDE_LEVEL,
            AssessmentField.OVERRIDE_NOTIFY_AUTHORITY, AssessmentField.OVERRIDE_NOTIFY_INDIVIDUALS,
            AssessmentField.OVERRIDE_JUSTIFICATION);

    private final CaseContext context;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final AssessorProvider assessors;
    private final Map<AssessmentField, StringProperty> values = new EnumMap<>(AssessmentField.class);
    private final ReadOnlyStringWrapper level = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper decision = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper computedVsOverride = new ReadOnlyStringWrapper("");
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObservableList<String> estimates = FXCollections.observableArrayList();
    private final StringProperty estimateJurisdiction = new SimpleStringProperty("");
    private final StringProperty estimateCount = new SimpleStringProperty("");
    private boolean loading;

    public AssessViewModel(CaseContext context, TaskRunner runner, DialogService dialogs, AssessorProvider assessors) {
        this.context = context;
        this.runner = runner;
        this.dialogs = dialogs;
        this.assessors = assessors;
        for (AssessmentField f : AssessmentField.values()) {
            StringProperty p = new SimpleStringProperty("");
            values.put(f, p);
            if (!OVERRIDE.contains(f)) {
                p.addListener((o, a, b) -> {
                    if (!loading) {
                        save(f, b);
                    }
                });
            }
        }
        context.sessionProperty().addListener((o, a, b) -> load());
        context.revisionProperty().addListener((o, a, b) -> recompute());
        load();
    }

    /** The stored value of a field as text: a vocabulary id, "true"/"false", a number, or "" when not recorded. */
    public StringProperty value(AssessmentField field) {
        return values.get(field);
    }

    public ReadOnlyStringProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty computedVsOverrideProperty() {
        return computedVsOverride.getReadOnlyProperty();
    }

    public ObservableList<String> reasons() {
        return reasons;
    }

    /** Estimated affected people per jurisdiction ("PL: 1,900"), used until a roster is imported. */
    public ObservableList<String> estimates() {
        return estimates;
    }

    public StringProperty estimateJurisdictionProperty() {
        return estimateJurisdiction;
    }

    public StringProperty estimateCountProperty() {
        return estimateCount;
    }

    /** Stores the estimate typed into the two fields (0 removes the jurisdiction); audited like every change. */
    public void setEstimate() {
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            return;
        }
        String code;
        long count;
        try {
            code = com.breachdesk.obligations.Jurisdictions.normalize(estimateJurisdiction.get(), "");
            count = Long.parseLong(estimateCount.get().replace(",", "").replace("_", "").strip());
            if (count < 0) {
                throw new NumberFormatException();
            }
        } catch (IllegalArgumentException e) {
            dialogs.showError("Cannot set the estimate", e instanceof NumberFormatException
                    ? "The count must be a whole number of people (0 removes the jurisdiction)." : e.getMessage());
            return;
        }
        runner.run(() -> session.estimates().set(code, count), counts -> {
            estimateJurisdiction.set("");
            estimateCount.set("");
            context.changed();
        }, error -> dialogs.showError("Cannot set the estimate", Messages.forUser(error)));
    }

    /** Reads the stored factors into the form (without saving them back). */
    public void load() {
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            reasons.clear();
            level.set("");
            decision.set("");
            return;
        }
        runner.run(() -> session.file().read(c -> com.breachdesk.risk.AssessmentRecord.TABLE.load(c)), stored -> {
            loading = true;
            try {
                for (AssessmentField f : AssessmentField.values()) {
                    values.get(f).set(stored.getOrDefault(f, ""));
                }
            } finally {
                loading = false;
            }
            recompute();
        }, error -> dialogs.showError("Cannot read the risk factors", Messages.forUser(error)));
    }

    private void save(AssessmentField field, String value) {
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            return;
        }
        runner.run(() -> session.riskAssessment().set(field, value), stored -> context.changed(),
                error -> {
                    dialogs.showError("Cannot save " + field.column().replace('_', ' '), Messages.forUser(error));
                    load();
                });
    }

    /** Stores the override fields with their justification (refused without one) and re-assesses. */
    public void recordOverride() {
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            return;
        }
        Map<AssessmentField, String> v = new EnumMap<>(AssessmentField.class);
        OVERRIDE.forEach(f -> v.put(f, values.get(f).get()));
        runner.run(() -> session.riskAssessment().setAll(v), stored -> context.changed(),
                error -> dialogs.showError("Cannot record the override", Messages.forUser(error)));
    }

    /** Removes the override; the computed decision applies again (the audit trail keeps the old one). */
    public void clearOverride() {
        loading = true;
        OVERRIDE.forEach(f -> values.get(f).set(""));
        loading = false;
        recordOverride();
    }

    private void recompute() {
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            return;
        }
        runner.run(() -> session.assessments(assessors.get()).preview(), this::show,
                error -> dialogs.showError("Cannot assess the risk", Messages.forUser(error)));
    }

    private void show(Assessment a) {
        RiskAssessment r = a.risk();
        level.set(r.level() == null ? "Cannot assess yet" : r.level().label());
        decision.set(r.level() == null ? String.join("; ", r.computed().missing())
                : "Notify the authority: " + yesNo(r.notifyAuthority()) + " · Tell the people affected: " + yesNo(r.notifyIndividuals()));
        computedVsOverride.set(r.overridden()
                ? "Overridden by the responder (" + r.override().justification() + "). Computed: "
                + (r.computed().level() == null ? "none" : r.computed().level().id())
                + ", authority " + yesNo(r.computed().notifyAuthority()) + ", people " + yesNo(r.computed().notifyIndividuals())
                : "Computed with the ENISA 2013 method; no override recorded.");
        reasons.setAll(r.computed().reasons());
        reasons.addAll(r.computed().exemptions());
        CaseSession session = context.session().orElse(null);
        if (session != null) {
            runner.run(() -> session.estimates().load(), counts -> estimates.setAll(counts.entrySet().stream()
                    .map(e -> e.getKey() + ": " + String.format(Locale.ROOT, "%,d", e.getValue())).toList()),
                    error -> dialogs.showError("Cannot read the estimates", Messages.forUser(error)));
        }
    }

    private static String yesNo(Boolean b) {
        return b == null ? "unknown" : b ? "yes" : "no";
    }

    private static Map<AssessmentField, String> help() {
        Map<AssessmentField, String> h = new EnumMap<>(AssessmentField.class);
        h.put(AssessmentField.EASE_OF_IDENTIFICATION, "How easily can someone holding the data tell who the people are? "
                + "Names or email addresses: maximum. Only IP addresses or device ids: significant or limited. Leave empty to "
                + "let Breachdesk derive it from the data categories.");
        h.put(AssessmentField.VULNERABLE_SUBJECTS, "Are children, patients or other people who need extra protection affected?");
        h.put(AssessmentField.RESTORED_WITHIN_HOURS, "If data was lost or locked (availability), how many hours until it was "
                + "restored from backup? Leave empty while it is not restored.");
        h.put(AssessmentField.RECIPIENT_TRUSTED, "Did the data only reach someone you trust (e.g. a misdirected email to a "
                + "partner) who confirmed deleting it?");
        h.put(AssessmentField.MISUSE_OBSERVED, "Have you seen the data being used: fraud, phishing, account takeovers?");
        h.put(AssessmentField.PUBLISHED, "Was the data posted publicly or offered for sale?");
        h.put(AssessmentField.CREDENTIALS, "If passwords were involved, how were they stored?");
        h.put(AssessmentField.DISPROPORTIONATE_EFFORT, "Would writing to each person take disproportionate effort (no contact "
                + "details, very many people)? Then a public announcement replaces individual letters (GDPR Art. 34(3)(c)).");
        h.put(AssessmentField.ECOMMS_SERVICE_RELATED, "For telecom and VoIP providers: is the breach connected with providing "
                + "the communications service? Then the ePrivacy/PECR breach rules apply instead of GDPR Art. 33/34 "
                + "(GDPR Art. 95). Empty = yes for such providers.");
        h.put(AssessmentField.PROCESSOR_ROLE, "Did you handle this data for another organization (as its processor, "
                + "business associate or service provider)? Then you must tell that organization.");
        h.put(AssessmentField.INCLUDE_DRAFTS, "Also assess draft laws that are not in force yet (e.g. Ukraine's draft law 8153).");
        return h;
    }

    /** "Not recorded" plus the field's choices, for the form's drop-downs. */
    public static List<String> choices(AssessmentField field) {
        return switch (field) {
            case EASE_OF_IDENTIFICATION -> List.of("", "negligible", "limited", "significant", "maximum");
            case CREDENTIALS -> List.of("", "none", "plaintext", "salted_hash");
            case OVERRIDE_LEVEL -> List.of("", "unlikely", "risk", "high");
            case RESTORED_WITHIN_HOURS, OVERRIDE_JUSTIFICATION -> List.of();
            default -> List.of("", "true", "false");
        };
    }

    /** The label a choice is shown with. */
    public static String choiceLabel(String id) {
        return switch (id == null ? "" : id) {
            case "" -> "Not recorded";
            case "true" -> "Yes";
            case "false" -> "No";
            case "salted_hash" -> "Salted hash";
            default -> id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
        };
    }
}
