package com.breachdesk.ui;

import com.breachdesk.demo.DemoCase;
import com.breachdesk.preferences.PreferencesStore;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestClock;
import com.breachdesk.ui.common.AppPreferences;
import com.breachdesk.ui.common.CaseContext;
import com.breachdesk.ui.common.InlineTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** View models run here without the FX toolkit: inline background work, scripted dialogs, a real case file. */
abstract class ViewModelTestBase {

    @TempDir
    Path dir;

    final TestClock clock = TestClock.at("2026-03-02T10:00:00Z");
    final InlineTaskRunner runner = new InlineTaskRunner();
    final RecordingDialogService dialogs = new RecordingDialogService();
    final CaseContext context = new CaseContext();

    AppPreferences preferences() {
        return new AppPreferences(new PreferencesStore(dir.resolve("prefs")));
    }

    CaseSession openDemo() throws Exception {
        CaseSession session = DemoCase.create(dir.resolve("demo.breachcase"), "tester", clock);
        context.setSession(session);
        return session;
    }

    @AfterEach
    void closeCase() {
        context.session().ifPresent(CaseSession::close);
    }
}
