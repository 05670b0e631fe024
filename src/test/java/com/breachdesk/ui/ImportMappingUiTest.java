package com.breachdesk.ui;

import com.breachdesk.rosterimport.MappingPresets;
import com.breachdesk.rosterimport.RosterField;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestCases;
import com.breachdesk.support.TestClock;
import com.breachdesk.ui.common.InlineTaskRunner;
import com.breachdesk.ui.scope.ImportWizardView;
import com.breachdesk.ui.scope.ImportWizardViewModel;
import com.breachdesk.ui.scope.MappingTarget;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A responder opens a small roster, maps the column the wizard did not recognise, checks the preview and imports. */
@ExtendWith(ApplicationExtension.class)
class ImportMappingUiTest {

    @TempDir
    static Path dir;

    private static CaseSession session;
    private ImportWizardViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        session = TestCases.create(dir, TestClock.at("2026-03-02T10:00:00Z"));
        Path csv = dir.resolve("crm.csv");
        Files.writeString(csv, "Customer ID,E-mail,Land\n1,ann@x.com,Deutschland\n2,bo@x.com,Polska\n", StandardCharsets.UTF_8);
        RecordingDialogService dialogs = new RecordingDialogService();
        model = new ImportWizardViewModel(session, new InlineTaskRunner(), dialogs, Runnable::run,
                new MappingPresets(dir.resolve("prefs")), () -> { });
        stage.setScene(new Scene(new ImportWizardView(model, stage::close)));
        stage.show();
        model.open(csv);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages(); // leave no window or popup behind for the next UI test
    }

    @AfterAll
    static void closeCase() {
        session.close();
    }

    @Test
    void mappingAColumnByHandUpdatesThePreviewAndTheImportUsesIt(FxRobot robot) {
        ComboBox<MappingTarget> email = robot.lookup("#map-1").queryComboBox();
        assertThat(email.getValue()).isEqualTo(new MappingTarget.Field(RosterField.EMAIL));
        ComboBox<MappingTarget> land = robot.lookup("#map-2").queryComboBox();
        assertThat(land.getValue()).isEqualTo(MappingTarget.IGNORE);
        assertThat(model.preview().get(0).resolution().display()).isEqualTo("unknown");

        robot.clickOn("#map-2");
        robot.clickOn("Country");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(land.getValue()).isEqualTo(new MappingTarget.Field(RosterField.COUNTRY));
        assertThat(model.preview()).extracting(r -> r.resolution().display()).containsExactly("DE", "PL");

        robot.clickOn("#import-start");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#import-result").queryAs(Label.class).getText()).startsWith("Read 2 rows: 2 imported");
        assertThat(session.roster().summary().jurisdictions()).extracting(j -> j.jurisdiction())
                .containsExactlyInAnyOrder("DE", "PL");
    }
}
