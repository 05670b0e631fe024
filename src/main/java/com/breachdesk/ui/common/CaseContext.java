package com.breachdesk.ui.common;

import com.breachdesk.session.CaseSession;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Optional;

/**
 * The case open in this window, shared by every step's view model. {@link #revision} moves on after any
 * change to the case so views that show derived data (audit trail, counts, deadlines) refresh.
 */
public final class CaseContext {

    private final ReadOnlyObjectWrapper<CaseSession> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper nextDeadline = new ReadOnlyStringWrapper("");

    public ReadOnlyObjectProperty<CaseSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public Optional<CaseSession> session() {
        return Optional.ofNullable(session.get());
    }

    public void setSession(CaseSession value) {
        session.set(value);
        nextDeadline.set("");
        changed();
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Call on the FX thread after the case was changed. */
    public void changed() {
        revision.set(revision.get() + 1);
    }

    /** The most urgent deadline for the header; empty while no rule has produced one. */
    public ReadOnlyStringProperty nextDeadlineProperty() {
        return nextDeadline.getReadOnlyProperty();
    }

    public void setNextDeadline(String text) {
        nextDeadline.set(text == null ? "" : text);
    }
}
