package com.breachdesk.ui.incident;

import com.breachdesk.incident.Incident;
import com.breachdesk.incident.IncidentChecks;
import com.breachdesk.incident.IncidentField;
import com.breachdesk.incident.IncidentProblem;
import com.breachdesk.organization.InventoryItem;
import com.breachdesk.session.CaseSession;
import com.breachdesk.ui.common.CaseContext;
import com.breachdesk.ui.common.DialogService;
import com.breachdesk.ui.common.Messages;
import com.breachdesk.ui.common.TaskRunner;
import com.breachdesk.vocabulary.Coded;
import com.breachdesk.vocabulary.DataCategory;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The incident form: every field's saved value, its problems, and save-on-edit with undo/redo.
 * Input errors (a time that is not a time) keep the old value and show why; consistency problems
 * (awareness before discovery) are saved and flagged, because facts arrive out of order.
 */
public final class IncidentViewModel {

    /** One saved edit, for undo and redo. */
    record FieldChange(IncidentField field, String before, String after) {
    }

    private final CaseContext context;
    private final TaskRunner runner;
    private final DialogService dialogs;

    private final ReadOnlyObjectWrapper<Incident> incident = new ReadOnlyObjectWrapper<>(Incident.empty());
    private final Map<IncidentField, ReadOnlyStringWrapper> values = new EnumMap<>(IncidentField.class);
    private final Map<IncidentField, ReadOnlyStringWrapper> problems = new EnumMap<>(IncidentField.class);
    private final ObservableList<InventoryItem> inventory = FXCollections.observableArrayList();
    private final Deque<FieldChange> undo = new ArrayDeque<>();
    private final Deque<FieldChange> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();

    public IncidentViewModel(CaseContext context, TaskRunner runner, DialogService dialogs) {
        this.context = context;
        this.runner = runner;
        this.dialogs = dialogs;
        for (IncidentField f : IncidentField.values()) {
            values.put(f, new ReadOnlyStringWrapper(""));
            problems.put(f, new ReadOnlyStringWrapper());
        }
        context.sessionProperty().addListener((o, old, session) -> load(session));
        load(context.session().orElse(null));
    }

    private void load(CaseSession session) {
        undo.clear();
        redo.clear();
        updateUndoState();
        editable.set(session != null);
        if (session == null) {
            show(Incident.empty());
            inventory.clear();
            return;
        }
        runner.run(() -> new Loaded(session.incident().load(), session.organization().load().dataInventory()),
                loaded -> {
                    if (context.session().orElse(null) == session) {
                        show(loaded.incident());
                        inventory.setAll(loaded.inventory());
                    }
                },
                error -> dialogs.showError("Cannot read the incident", Messages.forUser(error)));
    }

    private record Loaded(Incident incident, List<InventoryItem> inventory) {
    }

    public ReadOnlyObjectProperty<Incident> incidentProperty() {
        return incident.getReadOnlyProperty();
    }

    /** The saved value of a field in stored form ("" when empty). */
    public ReadOnlyStringProperty value(IncidentField field) {
        return values.get(field).getReadOnlyProperty();
    }

    /** What is wrong with a field, or null. */
    public ReadOnlyStringProperty problem(IncidentField field) {
        return problems.get(field).getReadOnlyProperty();
    }

    public ObservableList<InventoryItem> inventory() {
        return inventory;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public boolean isRequired(IncidentField field) {
        return IncidentChecks.REQUIRED.contains(field);
    }

    /** The user finished editing a field; {@code input} is what they typed or chose. */
    public void commit(IncidentField field, String input) {
        String stored;
        try {
            stored = field.normalize(input);
        } catch (IllegalArgumentException e) {
            problems.get(field).set(e.getMessage());
            return;
        }
        save(field, stored, true);
    }

    /** Shows an input error from a compound control (e.g. a half-entered date) on the field. */
    public void reportInputError(IncidentField field, String message) {
        problems.get(field).set(message);
    }

    /** Adds the categories of an inventory item ("Billing data") to the incident's data categories. */
    public void addInventoryItem(InventoryItem item) {
        EnumSet<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        categories.addAll(incident.get().dataCategories());
        categories.addAll(item.categories());
        save(IncidentField.DATA_CATEGORIES, Coded.joinIds(categories), true);
    }

    public void setCategory(DataCategory category, boolean involved) {
        EnumSet<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        categories.addAll(incident.get().dataCategories());
        if (involved) {
            categories.add(category);
        } else {
            categories.remove(category);
        }
        save(IncidentField.DATA_CATEGORIES, Coded.joinIds(categories), true);
    }

    public void undo() {
        FieldChange change = undo.poll();
        if (change != null) {
            redo.push(change);
            save(change.field(), change.before(), false);
        }
        updateUndoState();
    }

    public void redo() {
        FieldChange change = redo.poll();
        if (change != null) {
            undo.push(change);
            save(change.field(), change.after(), false);
        }
        updateUndoState();
    }

    private void save(IncidentField field, String stored, boolean recordUndo) {
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            return;
        }
        String before = incident.get().values().get(field);
        if (Objects.equals(emptyToNull(before), emptyToNull(stored))) {
            refreshProblems(incident.get());
            return;
        }
        if (recordUndo) {
            undo.push(new FieldChange(field, before, stored));
            redo.clear();
            updateUndoState();
        }
        Incident optimistic = incident.get().with(field, stored);
        show(optimistic);
        runner.run(() -> session.incident().set(field, stored),
                saved -> {
                    if (context.session().orElse(null) == session) {
                        show(saved);
                        context.changed();
                    }
                },
                error -> {
                    dialogs.showError("Not saved", Messages.forUser(error));
                    load(session);
                });
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private void show(Incident value) {
        incident.set(value);
        for (IncidentField f : IncidentField.values()) {
            values.get(f).set(value.values().getOrDefault(f, ""));
        }
        refreshProblems(value);
    }

    private void refreshProblems(Incident value) {
        Map<IncidentField, String> found = new EnumMap<>(IncidentField.class);
        if (editable.get()) {
            for (IncidentProblem p : IncidentChecks.check(value)) {
                found.merge(p.field(), p.message(), (a, b) -> a + "; " + b);
            }
        }
        for (IncidentField f : IncidentField.values()) {
            problems.get(f).set(found.get(f));
        }
    }

    private void updateUndoState() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
