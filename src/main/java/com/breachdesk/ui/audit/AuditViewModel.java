package com.breachdesk.ui.audit;

import com.breachdesk.audit.AuditEntry;
import com.breachdesk.audit.AuditVerification;
import com.breachdesk.session.CaseSession;
import com.breachdesk.ui.common.CaseContext;
import com.breachdesk.ui.common.DialogService;
import com.breachdesk.ui.common.Messages;
import com.breachdesk.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The audit panel: the newest entries of the trail and the result of the last integrity check. */
public final class AuditViewModel {

    /** How many entries the panel lists; the CLI prints all of them. */
    static final int SHOWN = 1_000;

    public enum Integrity { NOT_CHECKED, INTACT, BROKEN }

    private final CaseContext context;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Integrity> integrity = new ReadOnlyObjectWrapper<>(Integrity.NOT_CHECKED);
    private final ReadOnlyStringWrapper integrityText = new ReadOnlyStringWrapper("Not checked yet");

    public AuditViewModel(CaseContext context, TaskRunner runner, DialogService dialogs) {
        this.context = context;
        this.runner = runner;
        this.dialogs = dialogs;
        context.revisionProperty().addListener((o, a, b) -> reload());
        reload();
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public ReadOnlyObjectProperty<Integrity> integrityProperty() {
        return integrity.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty integrityTextProperty() {
        return integrityText.getReadOnlyProperty();
    }

    public void reload() {
        CaseSession session = context.session().orElse(null);
        integrity.set(Integrity.NOT_CHECKED);
        integrityText.set("Not checked since the last change");
        if (session == null) {
            entries.clear();
            return;
        }
        runner.run(() -> session.latestAudit(SHOWN), latest -> {
            if (context.session().orElse(null) == session) {
                entries.setAll(latest);
            }
        }, error -> dialogs.showError("Cannot read the audit trail", Messages.forUser(error)));
    }

    /** Walks the hash chain and compares the case data with it. */
    public void verify() {
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            return;
        }
        integrityText.set("Checking…");
        runner.run(session::verifyAudit, this::show,
                error -> dialogs.showError("Integrity check failed to run", Messages.forUser(error)));
    }

    private void show(AuditVerification v) {
        if (v.intact()) {
            integrity.set(Integrity.INTACT);
            integrityText.set("Intact: all " + v.entriesChecked() + " entries verified, and the case data matches them.");
        } else {
            integrity.set(Integrity.BROKEN);
            integrityText.set("Broken at entry " + v.firstBrokenSeq().getAsLong() + ": " + v.problem()
                    + ". The case file was changed outside Breachdesk.");
        }
    }
}
