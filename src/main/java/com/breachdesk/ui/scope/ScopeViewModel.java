package com.breachdesk.ui.scope;

import com.breachdesk.handover.RosterCsvExporter;
import com.breachdesk.jurisdiction.ResolutionMethod;
import com.breachdesk.roster.BulkFix;
import com.breachdesk.roster.ImportRecord;
import com.breachdesk.roster.NotificationStatus;
import com.breachdesk.roster.Person;
import com.breachdesk.roster.PersonField;
import com.breachdesk.roster.RosterFilter;
import com.breachdesk.roster.ScopeSummary;
import com.breachdesk.session.CaseSession;
import com.breachdesk.ui.common.CaseContext;
import com.breachdesk.ui.common.DialogService;
import com.breachdesk.ui.common.Messages;
import com.breachdesk.ui.common.TaskRunner;
import com.breachdesk.vocabulary.DataCategory;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Scope step: who is affected and where they live. The summary (people per jurisdiction and data
 * category, unresolved, minors), the roster table (lazy, filtered, searchable), editing one person, the
 * bulk fix for unresolved rows, and the list of imports with rollback.
 */
public final class ScopeViewModel {

    private final CaseContext context;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final LazyRoster people;

    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper matching = new ReadOnlyStringWrapper("");
    private final ObservableList<ScopeSummary.JurisdictionCount> jurisdictions = FXCollections.observableArrayList();
    private final ObservableList<String> jurisdictionChoices = FXCollections.observableArrayList();
    private final ObservableList<ImportRecord> imports = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper caseOpen = new ReadOnlyBooleanWrapper();

    private final ObjectProperty<String> jurisdictionFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<DataCategory> categoryFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<ResolutionMethod> methodFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<RosterFilter.MinorAge> minorFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<NotificationStatus> notificationFilter = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");

    private final ObjectProperty<Person> selected = new SimpleObjectProperty<>();
    private final Map<PersonField, StringProperty> edits = new EnumMap<>(PersonField.class);

    private final ObjectProperty<PersonField> fixField = new SimpleObjectProperty<>(PersonField.COUNTRY);
    private final ObservableList<String> unresolvedValues = FXCollections.observableArrayList();
    private final StringProperty fixValue = new SimpleStringProperty("");
    private final StringProperty fixJurisdiction = new SimpleStringProperty("");

    public ScopeViewModel(CaseContext context, TaskRunner runner, DialogService dialogs) {
        this.context = context;
        this.runner = runner;
        this.dialogs = dialogs;
        this.people = new LazyRoster(runner);
        for (PersonField f : PersonField.values()) {
            edits.put(f, new SimpleStringProperty(""));
        }
        selected.addListener((o, a, p) -> showSelected(p));
        List<javafx.beans.Observable> filters = List.of(jurisdictionFilter, categoryFilter, methodFilter, minorFilter,
                notificationFilter, search);
        filters.forEach(f -> f.addListener(o -> refilter()));
        fixField.addListener((o, a, b) -> loadUnresolvedValues());
        context.revisionProperty().addListener((o, a, b) -> reload());
        reload();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty matchingProperty() {
        return matching.getReadOnlyProperty();
    }

    public ObservableList<ScopeSummary.JurisdictionCount> jurisdictions() {
        return jurisdictions;
    }

    public ObservableList<String> jurisdictionChoices() {
        return jurisdictionChoices;
    }

    public ObservableList<ImportRecord> imports() {
        return imports;
    }

    public LazyRoster people() {
        return people;
    }

    public ReadOnlyBooleanProperty caseOpenProperty() {
        return caseOpen.getReadOnlyProperty();
    }

    public ObjectProperty<String> jurisdictionFilterProperty() {
        return jurisdictionFilter;
    }

    public ObjectProperty<DataCategory> categoryFilterProperty() {
        return categoryFilter;
    }

    public ObjectProperty<ResolutionMethod> methodFilterProperty() {
        return methodFilter;
    }

    public ObjectProperty<RosterFilter.MinorAge> minorFilterProperty() {
        return minorFilter;
    }

    public ObjectProperty<NotificationStatus> notificationFilterProperty() {
        return notificationFilter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Person> selectedProperty() {
        return selected;
    }

    /** The editable text of a field of the selected person. */
    public StringProperty edit(PersonField field) {
        return edits.get(field);
    }

    public ObjectProperty<PersonField> fixFieldProperty() {
        return fixField;
    }

    public ObservableList<String> unresolvedValues() {
        return unresolvedValues;
    }

    public StringProperty fixValueProperty() {
        return fixValue;
    }

    public StringProperty fixJurisdictionProperty() {
        return fixJurisdiction;
    }

    public RosterFilter filter() {
        return RosterFilter.ALL.withJurisdiction(jurisdictionFilter.get()).withCategory(categoryFilter.get())
                .withMethod(methodFilter.get()).withMinor(minorFilter.get()).withNotification(notificationFilter.get())
                .withSearch(search.get());
    }

    /**
     * Saves every person with jurisdiction and notification status as CSV (for a mailing vendor or call centre);
     * cells a spreadsheet would run as formulas are escaped.
     */
    public void exportCsv() {
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            return;
        }
        dialogs.chooseExportFile("Export the roster as CSV", "people.csv", "csv").ifPresent(path -> runner.run(
                () -> new RosterCsvExporter().export(session.roster(), path),
                people -> dialogs.notify("Roster exported", String.format("%,d people saved to %s", people, path.getFileName())),
                error -> dialogs.showError("Cannot export the roster", Messages.forUser(error))));
    }

    /** Reads the summary, the imports and the table again (after an import, an edit, another case). */
    public void reload() {
        CaseSession session = context.session().orElse(null);
        caseOpen.set(session != null);
        selected.set(null);
        if (session == null) {
            headline.set("");
            matching.set("");
            jurisdictions.clear();
            jurisdictionChoices.clear();
            imports.clear();
            unresolvedValues.clear();
            people.reset(null, RosterFilter.ALL, 0);
            return;
        }
        runner.run(() -> new Loaded(session.roster().summary(), session.roster().imports()), loaded -> {
            if (context.session().orElse(null) != session) {
                return;
            }
            ScopeSummary s = loaded.summary();
            headline.set(s.people() == 0 ? "No one imported yet. Import a roster to see who is affected."
                    : String.format("%,d people · %,d with unknown jurisdiction · %,d minors under 18 (%,d under 16) on %s",
                    s.people(), s.unresolved(), s.minorsUnder18(), s.minorsUnder16(), s.minorsAsOf()));
            jurisdictions.setAll(s.jurisdictions());
            List<String> choices = new ArrayList<>();
            s.jurisdictions().forEach(j -> choices.add(j.jurisdiction()));
            choices.sort(null);
            jurisdictionChoices.setAll(choices);
            imports.setAll(loaded.imports());
            refilter();
            loadUnresolvedValues();
        }, error -> dialogs.showError("Cannot read the roster", Messages.forUser(error)));
    }

    private record Loaded(ScopeSummary summary, List<ImportRecord> imports) {
    }

    private void refilter() {
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            return;
        }
        RosterFilter f = filter();
        runner.run(() -> session.roster().count(f), n -> {
            if (context.session().orElse(null) == session && f.equals(filter())) {
                matching.set(String.format("%,d matching", n));
                people.reset(session.roster(), f, n);
            }
        }, error -> dialogs.showError("Cannot read the roster", Messages.forUser(error)));
    }

    private void loadUnresolvedValues() {
        CaseSession session = context.session().orElse(null);
        PersonField field = fixField.get();
        if (session == null || field == null) {
            unresolvedValues.clear();
            return;
        }
        runner.run(() -> session.roster().unresolvedValues(field, 200), values -> {
            List<String> shown = new ArrayList<>();
            values.keySet().forEach(shown::add);
            unresolvedValues.setAll(shown);
        }, error -> unresolvedValues.clear());
    }

    private void showSelected(Person p) {
        for (PersonField f : PersonField.values()) {
            edits.get(f).set(p == null ? "" : Objects.requireNonNullElse(f.of(p), ""));
        }
    }

    /** Saves the fields of the selected person that were changed (each change audited). */
    public void saveSelected() {
        CaseSession session = context.session().orElse(null);
        Person p = selected.get();
        if (session == null || p == null) {
            return;
        }
        Map<PersonField, String> changed = new EnumMap<>(PersonField.class);
        for (PersonField f : PersonField.values()) {
            String now = edits.get(f).get().strip();
            String before = Objects.requireNonNullElse(f.of(p), "");
            if (!now.equals(before)) {
                changed.put(f, now);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        runner.run(() -> {
            Person result = p;
            for (Map.Entry<PersonField, String> e : changed.entrySet()) {
                result = session.roster().edit(p.id(), e.getKey(), e.getValue());
            }
            return result;
        }, saved -> context.changed(), error -> {
            dialogs.showError("The change was not saved", Messages.forUser(error));
            showSelected(p);
        });
    }

    /** Assigns the typed jurisdiction to every unresolved person whose field reads the chosen value. */
    public void applyFix() {
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            return;
        }
        BulkFix fix;
        try {
            fix = new BulkFix(fixField.get(), fixValue.get(), fixJurisdiction.get(), false);
        } catch (IllegalArgumentException e) {
            dialogs.showError("Cannot apply the fix", e.getMessage());
            return;
        }
        runner.run(() -> session.roster().apply(fix), changed -> {
            dialogs.notify("Jurisdiction set", changed + " people now in " + fix.jurisdiction().strip().toUpperCase());
            fixValue.set("");
            context.changed();
        }, error -> dialogs.showError("Cannot apply the fix", Messages.forUser(error)));
    }

    /** Takes an import out of the case after the user confirms. */
    public void rollback(ImportRecord record) {
        CaseSession session = context.session().orElse(null);
        if (session == null || record == null || record.status() == ImportRecord.Status.ROLLED_BACK) {
            return;
        }
        if (!dialogs.confirm("Roll back import #" + record.id(), "Remove the people " + record.fileName()
                + " added and undo what it merged into others? This is recorded in the audit trail.", "Roll back")) {
            return;
        }
        runner.run(() -> session.roster().rollback(record.id()), r -> context.changed(),
                error -> dialogs.showError("Cannot roll back", Messages.forUser(error)));
    }
}
