package com.breachdesk.ui;

import com.breachdesk.incident.IncidentField;
import com.breachdesk.session.CaseSession;
import com.breachdesk.ui.incident.IncidentViewModel;
import com.breachdesk.vocabulary.DataCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncidentViewModelTest extends ViewModelTestBase {

    @Test
    void anEditIsSavedToTheCaseFileAndAudited() throws Exception {
        CaseSession session = openDemo();
        IncidentViewModel model = new IncidentViewModel(context, runner, dialogs);
        model.commit(IncidentField.TITLE, "Billing DB breach");
        assertEquals("Billing DB breach", session.incident().load().title());
        assertEquals("Billing DB breach", session.latestAudit(1).get(0).change().newValue());
        assertEquals("Billing DB breach", model.value(IncidentField.TITLE).get());
    }

    @Test
    void invalidInputIsNotSavedAndSaysWhy() throws Exception {
        CaseSession session = openDemo();
        IncidentViewModel model = new IncidentViewModel(context, runner, dialogs);
        model.commit(IncidentField.APPROXIMATE_RECORDS, "about fifty thousand");
        assertThat(model.problem(IncidentField.APPROXIMATE_RECORDS).get()).contains("not a whole number");
        assertEquals(48200L, session.incident().load().approximateRecords().getAsLong());
        model.commit(IncidentField.APPROXIMATE_RECORDS, "51,000");
        assertNull(model.problem(IncidentField.APPROXIMATE_RECORDS).get());
        assertEquals(51000L, session.incident().load().approximateRecords().getAsLong());
    }

    @Test
    void undoRestoresTheEarlierValueAndRedoReappliesIt() throws Exception {
        CaseSession session = openDemo();
        IncidentViewModel model = new IncidentViewModel(context, runner, dialogs);
        assertFalse(model.canUndoProperty().get());
        model.commit(IncidentField.STATUS, "closed");
        assertTrue(model.canUndoProperty().get());
        model.undo();
        assertEquals("contained", session.incident().load().values().get(IncidentField.STATUS));
        assertTrue(model.canRedoProperty().get());
        model.redo();
        assertEquals("closed", session.incident().load().values().get(IncidentField.STATUS));
    }

    @Test
    void awarenessBeforeDiscoveryIsSavedButFlagged() throws Exception {
        CaseSession session = openDemo();
        IncidentViewModel model = new IncidentViewModel(context, runner, dialogs);
        model.commit(IncidentField.AWARE_AT, "2020-01-01T00:00+02:00[Europe/Kyiv]");
        assertThat(model.problem(IncidentField.AWARE_AT).get()).contains("record the reason");
        assertTrue(session.incident().load().awareAt().isPresent());
        model.commit(IncidentField.AWARE_REASON, "Partner reported it before our monitoring did");
        assertNull(model.problem(IncidentField.AWARE_AT).get());
    }

    @Test
    void pickingAnInventoryItemAddsItsCategories() throws Exception {
        CaseSession session = openDemo();
        IncidentViewModel model = new IncidentViewModel(context, runner, dialogs);
        var billing = model.inventory().stream().filter(i -> i.label().equals("Billing data")).findFirst().orElseThrow();
        model.addInventoryItem(billing);
        var categories = session.incident().load().dataCategories();
        assertTrue(categories.contains(DataCategory.PAYMENT_CARD));
        assertTrue(categories.contains(DataCategory.CALL_METADATA), "existing categories are kept");
    }

    @Test
    void withoutACaseTheFormIsNotEditable() {
        IncidentViewModel model = new IncidentViewModel(context, runner, dialogs);
        assertFalse(model.editableProperty().get());
        model.commit(IncidentField.TITLE, "x");
        assertThat(dialogs.errors).isEmpty();
    }
}
