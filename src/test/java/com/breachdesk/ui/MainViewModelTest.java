package com.breachdesk.ui;

import com.breachdesk.demo.DemoCase;
import com.breachdesk.organization.OrganizationField;
import com.breachdesk.session.CaseSession;
import com.breachdesk.ui.common.AppPreferences;
import com.breachdesk.ui.shell.MainViewModel;
import com.breachdesk.ui.shell.Step;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainViewModelTest extends ViewModelTestBase {

    @Test
    void withNothingElseOpenTheDemoCaseOpens() {
        AppPreferences prefs = preferences();
        MainViewModel model = new MainViewModel(context, runner, dialogs, prefs, clock);
        model.start(Optional.empty());
        assertTrue(context.session().isPresent());
        assertEquals(DemoCase.TITLE, model.caseTitleProperty().get());
        assertThat(model.windowTitleProperty().get()).contains("SMART-POINT demo.breachcase");
        assertTrue(context.session().get().path().startsWith(prefs.directory()), "demo lives in the preferences folder");
    }

    @Test
    void theLastCaseReopensOnStart() throws Exception {
        Path file = dir.resolve("last.breachcase");
        DemoCase.create(file, "t", clock).close();
        AppPreferences prefs = preferences();
        prefs.get().rememberRecent(file.toString());
        prefs.save();
        MainViewModel model = new MainViewModel(context, runner, dialogs, preferences(), clock);
        model.start(Optional.empty());
        assertEquals(file.toAbsolutePath(), context.session().orElseThrow().path());
    }

    @Test
    void aNewCaseStartsFromTheDefaultProfileAndIsRemembered() {
        AppPreferences prefs = preferences();
        prefs.get().defaultProfile.put("legal_name", "ACME Telecom");
        MainViewModel model = new MainViewModel(context, runner, dialogs, prefs, clock);
        dialogs.nextNewCaseFile = dir.resolve("laptop-theft.breachcase");
        model.newCase();
        CaseSession session = context.session().orElseThrow();
        assertEquals("laptop-theft", session.incident().load().title());
        assertEquals("ACME Telecom", session.organization().load().values().get(OrganizationField.LEGAL_NAME));
        assertEquals(dialogs.nextNewCaseFile.toAbsolutePath().toString(), model.recentFiles().get(0));
        assertEquals(Step.INCIDENT, model.stepProperty().get());
    }

    @Test
    void aCaseThatCannotBeOpenedIsReportedAndTheOpenCaseStays() throws Exception {
        MainViewModel model = new MainViewModel(context, runner, dialogs, preferences(), clock);
        model.start(Optional.empty());
        CaseSession demo = context.session().orElseThrow();
        Path notACase = dir.resolve("roster.breachcase");
        java.nio.file.Files.writeString(notACase, "name,email\n");
        model.open(notACase);
        assertThat(dialogs.errors).singleElement().asString().contains("not a Breachdesk case file");
        assertEquals(demo, context.session().orElseThrow());
    }

    @Test
    void closingLeavesNoCaseOpen() {
        MainViewModel model = new MainViewModel(context, runner, dialogs, preferences(), clock);
        model.start(Optional.empty());
        model.closeCase();
        assertTrue(context.session().isEmpty());
        assertEquals("Breachdesk", model.windowTitleProperty().get());
    }
}
