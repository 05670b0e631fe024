package com.breachdesk.ui.timeline;

import com.breachdesk.session.CaseSession;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.timeline.TimelineEntry;
import com.breachdesk.timeline.TimelineKind;
import com.breachdesk.ui.common.CaseContext;
import com.breachdesk.ui.common.DialogService;
import com.breachdesk.ui.common.Messages;
import com.breachdesk.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The timeline panel: entries in event order, a kind filter, and adding entries (corrections included). */
public final class TimelineViewModel {

    private final CaseContext context;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ObservableList<TimelineEntry> all = FXCollections.observableArrayList();
    private final FilteredList<TimelineEntry> shown = new FilteredList<>(all);
    private final ObjectProperty<TimelineKind> kindFilter = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper inputError = new ReadOnlyStringWrapper();

    public TimelineViewModel(CaseContext context, TaskRunner runner, DialogService dialogs) {
        this.context = context;
        this.runner = runner;
        this.dialogs = dialogs;
        kindFilter.addListener((o, a, kind) -> shown.setPredicate(kind == null ? null : e -> e.kind() == kind));
        context.sessionProperty().addListener((o, a, b) -> reload());
        reload();
    }

    public ObservableList<TimelineEntry> entries() {
        return shown;
    }

    public ObjectProperty<TimelineKind> kindFilterProperty() {
        return kindFilter;
    }

    public ReadOnlyStringProperty inputErrorProperty() {
        return inputError.getReadOnlyProperty();
    }

    public void reload() {
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            all.clear();
            return;
        }
        runner.run(() -> session.timeline().chronological(), entries -> {
            if (context.session().orElse(null) == session) {
                all.setAll(entries);
            }
        }, error -> dialogs.showError("Cannot read the timeline", Messages.forUser(error)));
    }

    /**
     * Adds an entry; {@code corrects} is the entry it corrects, if any. Returns false (and sets the input
     * error) when the input is incomplete, so the form keeps what was typed.
     */
    public boolean add(Optional<MomentInZone> at, TimelineKind kind, String text, Optional<TimelineEntry> corrects) {
        return add(at, kind, text, corrects, false);
    }

    /** As {@link #add(Optional, TimelineKind, String, Optional)}, marked as legal privilege when {@code privileged}. */
    public boolean add(Optional<MomentInZone> at, TimelineKind kind, String text, Optional<TimelineEntry> corrects,
                       boolean privileged) {
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            return false;
        }
        if (at.isEmpty()) {
            inputError.set("Enter when it happened");
            return false;
        }
        if (kind == null) {
            inputError.set("Choose what kind of entry this is");
            return false;
        }
        if (text == null || text.isBlank()) {
            inputError.set("Describe what happened");
            return false;
        }
        inputError.set(null);
        OptionalLong correctsId = corrects.map(e -> OptionalLong.of(e.id())).orElse(OptionalLong.empty());
        runner.run(() -> session.timeline().add(at.get(), kind, text, correctsId, privileged), entry -> {
            reload();
            context.changed();
        }, error -> dialogs.showError("Entry not added", Messages.forUser(error)));
        return true;
    }

    public void reportInputError(String message) {
        inputError.set(message);
    }

    /** The entries that correct {@code entry}, so the list can show "corrected by #n". */
    public List<TimelineEntry> correctionsOf(TimelineEntry entry) {
        return all.stream().filter(e -> e.corrects().isPresent() && e.corrects().getAsLong() == entry.id()).toList();
    }
}
