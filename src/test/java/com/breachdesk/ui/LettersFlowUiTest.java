package com.breachdesk.ui;

import com.breachdesk.app.Workbench;
import com.breachdesk.demo.DemoCase;
import com.breachdesk.letters.LetterFixtures;
import com.breachdesk.preferences.PreferencesStore;
import com.breachdesk.rosterimport.CsvFormat;
import com.breachdesk.rosterimport.ImportListener;
import com.breachdesk.rosterimport.MappingSuggester;
import com.breachdesk.session.CaseSession;
import com.breachdesk.ui.common.AppPreferences;
import com.breachdesk.ui.common.FxTaskRunner;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A case with a roster ▸ Letters: the preview appears, a small DRAFT batch is generated, its folder opens. */
@ExtendWith(ApplicationExtension.class)
class LettersFlowUiTest {

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

    private static Path caseWithRoster() throws Exception {
        Path file = dir.resolve("letters.breachcase");
        try (CaseSession session = DemoCase.create(file, "tester", Clock.systemUTC())) {
            session.letters().noticeFacts().set(LetterFixtures.noticeFacts());
            Path csv = dir.resolve("crm.csv");
            Files.writeString(csv, """
                    Name,Street,City,ZIP,Country,Language,Categories
                    Anna Nowak,ul. Długa 1,Warszawa,00-001,Poland,en,name;phone;call_metadata
                    Jan Kowalski,ul. Krótka 2,Kraków,30-001,Poland,en,name;phone;call_metadata
                    """, StandardCharsets.UTF_8);
            session.rosterImporter().importFile(csv, new CsvFormat(StandardCharsets.UTF_8, 0, ','),
                    MappingSuggester.suggest(List.of("Name", "Street", "City", "ZIP", "Country", "Language", "Categories")),
                    ImportListener.NONE);
        }
        return file;
    }

    @Test
    void previewAppearsAndASmallBatchIsGenerated(FxRobot robot) throws Exception {
        Path file = caseWithRoster();
        robot.interact(() -> workbench.main().open(file));
        FxWait.until(() -> !"No case open".equals(robot.lookup("#header-case-title").queryAs(Label.class).getText()));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        FxWait.until(() -> !robot.lookup("#letters-groups").queryTableView().getItems().isEmpty());
        TableView<?> groups = robot.lookup("#letters-groups").queryTableView();
        assertThat(groups.getItems().toString()).contains("eprivacy-subscriber v1");
        // Loading the template list must not clear the automatic choice in the combo box.
        assertThat(robot.lookup("#letters-template-choice").queryComboBox().getValue()).isEqualTo("auto");
        assertThat(robot.lookup("#letters-summary").queryAs(Label.class).getText()).doesNotContain("cannot be prepared");

        FxWait.until(() -> robot.lookup("#letters-preview-image").queryAs(ImageView.class).getImage() != null);
        assertThat(robot.lookup("#letters-preview-caption").queryAs(Label.class).getText())
                .startsWith("eprivacy-subscriber v1");

        robot.clickOn("#letters-generate");
        FxWait.until(() -> robot.lookup("#letters-result").queryAs(Label.class).getText().startsWith("2 letters"));
        assertThat(dialogs.errors).isEmpty();
        robot.clickOn("#letters-open-folder");
        assertThat(dialogs.openedFolders).singleElement()
                .satisfies(folder -> assertThat(folder.resolve("manifest.csv")).exists());
    }
}
