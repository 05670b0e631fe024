package com.breachdesk.ui;

import com.breachdesk.app.Workbench;
import com.breachdesk.preferences.PreferencesStore;
import com.breachdesk.ui.common.AppPreferences;
import com.breachdesk.ui.common.FxTaskRunner;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo case ▸ Report: preview renders the pages, the one-page status replaces them, Save as PDF writes the file. */
@ExtendWith(ApplicationExtension.class)
class ReportFlowUiTest {

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

    private static int pagesShown(FxRobot robot) {
        return (int) robot.lookup("#report-pages").queryAs(VBox.class).getChildren().stream()
                .filter(n -> n instanceof ImageView).count();
    }

    @Test
    void previewShowsThePagesAndSaveWritesThePdf(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.main().openDemoCase());
        FxWait.until(() -> robot.lookup("#header-case-title").queryAs(Label.class).getText().contains("demo"));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup("#report-preview").tryQuery().isPresent());
        assertThat(robot.lookup("#report-save").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#report-preview");
        FxWait.until(() -> pagesShown(robot) > 1);
        assertThat(robot.lookup("#report-status").queryAs(Label.class).getText()).contains(pagesShown(robot) + " pages");

        robot.clickOn("#report-variant").clickOn("One-page status");
        FxWait.until(() -> pagesShown(robot) == 1);

        Path out = dir.resolve("status.pdf");
        dialogs.nextExportFile = out;
        robot.clickOn("#report-save");
        FxWait.until(() -> Files.exists(out));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("Incident status");
        }
        assertThat(dialogs.errors).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        FxWait.until(() -> "No case open".equals(robot.lookup("#header-case-title").queryAs(Label.class).getText()));
    }
}
