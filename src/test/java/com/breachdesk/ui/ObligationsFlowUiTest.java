package com.breachdesk.ui;

import com.breachdesk.app.Workbench;
import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.preferences.PreferencesStore;
import com.breachdesk.session.CaseSession;
import com.breachdesk.ui.common.AppPreferences;
import com.breachdesk.ui.common.FxTaskRunner;
import com.breachdesk.ui.obligations.ObligationRow;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo case ▸ Obligations: the GDPR, ePrivacy and NIS2 items with their due times; mark one as sent; it persists. */
@ExtendWith(ApplicationExtension.class)
class ObligationsFlowUiTest {

    @TempDir
    static Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        AppPreferences preferences = new AppPreferences(new PreferencesStore(dir.resolve("prefs")));
        workbench = Workbench.build(stage, preferences, Clock.systemUTC(), new FxTaskRunner(), s -> dialogs);
        stage.show();
    }

    private static List<ObligationRow> rows(FxRobot robot, String ruleId, String jurisdiction) {
        TableView<ObligationRow> table = robot.lookup("#obligations-table").queryTableView();
        return table.getItems().stream().filter(r -> r.key().ruleId().equals(ruleId)
                && r.key().jurisdiction().equals(jurisdiction)).toList();
    }

    @Test
    void demoObligationsShowDueTimesAndMarkingOneSentPersists(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.main().openDemoCase());
        FxWait.until(() -> robot.lookup("#header-case-title").queryAs(Label.class).getText().contains("demo"));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup("#obligations-table").tryQuery().isPresent()
                && !rows(robot, "eu-eprivacy-611-initial", "PL").isEmpty());

        ObligationRow eprivacy = rows(robot, "eu-eprivacy-611-initial", "PL").get(0);
        assertThat(eprivacy.status()).isEqualTo("Required");
        assertThat(eprivacy.dueLocal()).isNotBlank();
        assertThat(eprivacy.dueUtc()).endsWith("UTC");
        assertThat(rows(robot, "eu-gdpr-art33-sa-each-state", "PL")).singleElement()
                .satisfies(r -> assertThat(r.status()).startsWith("Not required"));
        assertThat(rows(robot, "eu-nis2-notification", "PL")).singleElement()
                .satisfies(r -> assertThat(r.status()).startsWith("Not required"));
        assertThat(robot.lookup("#header-next-deadline").queryAs(Label.class).getText()).startsWith("Next deadline:");

        robot.clickOn("#obligations-filter-jurisdiction").clickOn("GB");
        FxWait.until(() -> robot.lookup("#obligations-table").queryTableView().getItems().stream()
                .allMatch(r -> ((ObligationRow) r).obligation().jurisdiction().equals("GB")));
        ObligationRow ico = rows(robot, "gb-pecr-5a-ico", "GB").get(0);
        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.TableRow<?> row && row.getItem() == ico)
                .queryAs(javafx.scene.Node.class));
        FxWait.until(() -> !robot.lookup("#obligations-mark-done").queryButton().isDisabled());
        robot.clickOn("#obligations-done-channel").write("ICO online form");
        robot.clickOn("#obligations-done-reference").write("IC-123456");
        robot.clickOn("#obligations-mark-done");
        FxWait.until(() -> rows(robot, "gb-pecr-5a-ico", "GB").get(0).status().startsWith("Done"));
        assertThat(dialogs.errors).isEmpty();

        Path demo = dir.resolve("prefs").resolve("demo").resolve("SMART-POINT demo.breachcase");
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        FxWait.until(() -> "No case open".equals(robot.lookup("#header-case-title").queryAs(Label.class).getText()));
        // The window closes the file on its worker thread; open it once that has happened.
        CaseSession[] holder = new CaseSession[1];
        FxWait.until(() -> {
            try {
                holder[0] = CaseSession.open(demo, "checker", Clock.systemUTC());
                return true;
            } catch (com.breachdesk.casefile.CaseFileRefusedException stillOpen) {
                return false;
            }
        });
        try (CaseSession reopened = holder[0]) {
            var done = reopened.obligations().completions().get(new ObligationKey("gb-pecr-5a-ico", "GB"));
            assertThat(done).isNotNull();
            assertThat(done.reference()).isEqualTo("IC-123456");
            assertThat(done.channel()).isEqualTo("ICO online form");
            assertThat(reopened.verifyAudit().intact()).isTrue();
        }
    }
}
