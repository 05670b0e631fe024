package com.breachdesk.ui;

import com.breachdesk.app.Workbench;
import com.breachdesk.preferences.PreferencesStore;
import com.breachdesk.timeline.TimelineEntry;
import com.breachdesk.ui.common.AppPreferences;
import com.breachdesk.ui.common.FxTaskRunner;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A responder creates a case, records the incident and a timeline entry, closes it, and finds it all on reopening. */
@ExtendWith(ApplicationExtension.class)
class IncidentFlowUiTest {

    @TempDir
    static Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();

    @Start
    void start(Stage stage) {
        AppPreferences preferences = new AppPreferences(new PreferencesStore(dir.resolve("prefs")));
        Workbench.build(stage, preferences, Clock.systemUTC(), new FxTaskRunner(), s -> dialogs);
        stage.show();
    }

    private static String headerTitle(FxRobot robot) {
        return robot.lookup("#header-case-title").queryAs(Label.class).getText();
    }

    @Test
    void createFillAddEntryCloseAndReopenKeepsEverything(FxRobot robot) throws Exception {
        Path file = dir.resolve("server-ransomware.breachcase");
        dialogs.nextNewCaseFile = file;
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        FxWait.until(() -> "server-ransomware".equals(headerTitle(robot)));

        robot.clickOn("#incident-title").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Ransomware on the file server").type(KeyCode.ENTER);
        robot.clickOn("#incident-type").clickOn("Ransomware");
        robot.clickOn("#incident-discovered_at-date").write("2026-03-02").type(KeyCode.ENTER);
        robot.clickOn("#incident-discovered_at-time").write("09:30").type(KeyCode.ENTER);
        FxWait.until(() -> "Ransomware on the file server".equals(headerTitle(robot)));

        robot.clickOn("#timeline-text").write("Ransom note found on the file server");
        robot.clickOn("#timeline-add");
        ListView<TimelineEntry> list = robot.lookup("#timeline-list").queryListView();
        FxWait.until(() -> list.getItems().size() == 1);

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        FxWait.until(() -> "No case open".equals(headerTitle(robot)));
        assertThat(robot.lookup("#no-case").tryQuery()).isPresent();

        dialogs.nextOpenFile = file;
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        FxWait.until(() -> "Ransomware on the file server".equals(headerTitle(robot)));
        FxWait.until(() -> robot.lookup("#timeline-list").queryListView().getItems().size() == 1);

        assertEquals("Ransomware on the file server", robot.lookup("#incident-title").queryAs(TextField.class).getText());
        assertEquals("ransomware", robot.lookup("#incident-type").queryAs(ComboBox.class).getValue());
        assertEquals(LocalDate.of(2026, 3, 2), robot.lookup("#incident-discovered_at-date").queryAs(DatePicker.class).getValue());
        assertEquals("09:30", robot.lookup("#incident-discovered_at-time").queryAs(TextField.class).getText());
        TimelineEntry entry = robot.lookup("#timeline-list").<TimelineEntry>queryListView().getItems().get(0);
        assertEquals("Ransom note found on the file server", entry.text());
        assertThat(dialogs.errors).isEmpty();
    }
}
