package com.breachdesk.ui;

import com.breachdesk.time.MomentInZone;
import com.breachdesk.timeline.TimelineKind;
import com.breachdesk.ui.audit.AuditViewModel;
import com.breachdesk.ui.timeline.TimelineViewModel;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineAndAuditViewModelTest extends ViewModelTestBase {

    @Test
    void anEntryWithoutTextIsNotAddedAndTheFormSaysWhy() throws Exception {
        openDemo();
        TimelineViewModel model = new TimelineViewModel(context, runner, dialogs);
        int before = model.entries().size();
        assertFalse(model.add(Optional.of(MomentInZone.parseIso("2026-03-02T10:00Z")), TimelineKind.NOTE, " ", Optional.empty()));
        assertEquals("Describe what happened", model.inputErrorProperty().get());
        assertEquals(before, model.entries().size());
    }

    @Test
    void addedEntriesAppearInEventOrderAndTheKindFilterNarrowsTheList() throws Exception {
        openDemo();
        TimelineViewModel model = new TimelineViewModel(context, runner, dialogs);
        assertTrue(model.add(Optional.of(MomentInZone.parseIso("2000-01-01T00:00Z")), TimelineKind.NOTE,
                "Oldest event", Optional.empty()));
        assertEquals("Oldest event", model.entries().get(0).text());
        model.kindFilterProperty().set(TimelineKind.CONTAINMENT);
        assertThat(model.entries()).isNotEmpty().allMatch(e -> e.kind() == TimelineKind.CONTAINMENT);
    }

    @Test
    void anEntryAddedWithLegalPrivilegeIsShownAsPrivileged() throws Exception {
        openDemo();
        TimelineViewModel model = new TimelineViewModel(context, runner, dialogs);
        assertTrue(model.add(Optional.of(MomentInZone.parseIso("2026-03-02T10:00Z")), TimelineKind.NOTE,
                "Counsel advises waiting for forensics", Optional.empty(), true));
        assertTrue(model.entries().stream().filter(e -> e.text().startsWith("Counsel advises")).findFirst()
                .orElseThrow().privileged());
    }

    @Test
    void verifyIntegrityReportsIntactThenBrokenAfterATamper() throws Exception {
        var session = openDemo();
        AuditViewModel model = new AuditViewModel(context, runner, dialogs);
        assertEquals(AuditViewModel.Integrity.NOT_CHECKED, model.integrityProperty().get());
        model.verify();
        assertEquals(AuditViewModel.Integrity.INTACT, model.integrityProperty().get());
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + session.path()); var st = c.createStatement()) {
            st.execute("UPDATE incident SET title = 'Nothing happened'");
        }
        model.verify();
        assertEquals(AuditViewModel.Integrity.BROKEN, model.integrityProperty().get());
        assertThat(model.integrityTextProperty().get()).contains("incident/1/title");
    }
}
