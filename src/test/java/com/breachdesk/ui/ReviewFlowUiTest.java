package com.breachdesk.ui;

import com.breachdesk.app.Workbench;
import com.breachdesk.letters.LetterFixtures;
import com.breachdesk.organization.OrganizationField;
import com.breachdesk.preferences.PreferencesStore;
import com.breachdesk.roster.NotificationStatus;
import com.breachdesk.roster.Person;
import com.breachdesk.roster.RosterFilter;
import com.breachdesk.rosterimport.CsvFormat;
import com.breachdesk.rosterimport.ImportListener;
import com.breachdesk.rosterimport.MappingSuggester;
import com.breachdesk.session.CaseSession;
import com.breachdesk.ui.common.AppPreferences;
import com.breachdesk.ui.common.FxTaskRunner;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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

/**
 * Demo case ▸ Letters ▸ Legal review: draft a template, comment, request changes, resolve, approve, generate a FINAL
 * batch for two people imported from a roster file, and mark it as sent with a receipt.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewFlowUiTest {

    /** What the rules engine gives subscribers of a telecom provider in Poland (ePrivacy, not GDPR Art 34). */
    private static final String TEMPLATE = "eprivacy-subscriber";

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

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void clickCell(FxRobot robot, String startsWith) {
        robot.clickOn(robot.lookup(n -> n instanceof ListCell<?> cell && cell.getText() != null
                && cell.getText().startsWith(startsWith) && cell.isVisible()).queryAs(Node.class));
    }

    /** Two people in Poland from a roster file, the notice facts letters print, and the DPO's contact. */
    private static void prepare(CaseSession session) throws Exception {
        Path csv = dir.resolve("crm.csv");
        Files.writeString(csv, "Name,Street,City,Zip,Country\nAnna Nowak,ul. Długa 1,Warszawa,00-001,PL\n"
                + "Jan Kowalski,ul. Krótka 2,Kraków,30-001,PL\n", StandardCharsets.UTF_8);
        session.rosterImporter().importFile(csv, new CsvFormat(StandardCharsets.UTF_8, 0, ','),
                MappingSuggester.suggest(List.of("Name", "Street", "City", "Zip", "Country")), ImportListener.NONE);
        session.letters().noticeFacts().set(LetterFixtures.noticeFacts());
        session.organization().set(OrganizationField.CONTACT_PHONE, "+380 44 000 0000");
        session.organization().set(OrganizationField.DPO_NAME, "Olena Koval");
        session.organization().set(OrganizationField.DPO_EMAIL, "dpo@smart-point.example");
    }

    @Test
    void requestChangesResolveApproveGenerateAndMarkSent(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.main().openDemoCase());
        FxWait.until(() -> text(robot, "#header-case-title").contains("demo"));
        CaseSession session = workbench.main().context().session().orElseThrow();
        prepare(session);
        robot.interact(() -> workbench.main().context().changed());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        FxWait.until(() -> robot.lookup("#tab-review").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".tab").match(n -> n.getId() != null && n.getId().equals("tab-review"))
                .queryAs(Node.class));
        FxWait.until(() -> robot.lookup("#review-template").tryQuery().isPresent());

        // New draft from the shipped template
        robot.clickOn("#review-template");
        clickCell(robot, TEMPLATE + " v1");
        robot.clickOn("#review-new-draft");
        FxWait.until(() -> text(robot, "#review-state").startsWith(TEMPLATE + " · v1 draft"));

        // A comment on paragraph 2, then into review and back with changes requested
        robot.clickOn("#review-comment-paragraph");
        clickCell(robot, "¶2 ");
        robot.clickOn("#review-comment-text").write("Say which systems were affected");
        robot.clickOn("#review-add-comment");
        FxWait.until(() -> robot.lookup("#review-comments").queryListView().getItems().size() == 1);
        robot.clickOn("#review-submit");
        FxWait.until(() -> text(robot, "#review-state").contains("in review"));
        robot.clickOn("#review-change-note").write("See the comment");
        robot.clickOn("#review-request-changes");
        FxWait.until(() -> text(robot, "#review-state").contains("changes requested"));

        // Resolve the comment, submit again, approve
        clickCell(robot, "#");
        robot.clickOn("#review-resolve");
        FxWait.until(() -> text(robot, "#review-message").contains("resolved"));
        robot.clickOn("#review-submit");
        FxWait.until(() -> text(robot, "#review-state").contains("in review"));
        robot.clickOn("#review-approve");
        FxWait.until(() -> robot.lookup("#approve-role").tryQuery().isPresent());
        robot.doubleClickOn("#approve-name").eraseText(40).write("Iryna Melnyk");
        robot.clickOn("#approve-confirm");
        FxWait.until(() -> text(robot, "#review-state").contains("v1 approved"));
        assertThat(text(robot, "#review-message")).contains("approved by Iryna Melnyk (counsel)");

        // A FINAL batch for the two people in the roster
        dialogs.nextFolder = dir.resolve("final-letters");
        robot.clickOn("#review-generate");
        FxWait.until(() -> text(robot, "#review-message").contains("— batch #") || !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).isEmpty();
        assertThat(text(robot, "#review-message")).startsWith("2 final letters of " + TEMPLATE);
        List<String> manifest = Files.readAllLines(dir.resolve("final-letters").resolve("manifest.csv"));
        assertThat(manifest).hasSize(3);
        assertThat(manifest.get(1)).contains(TEMPLATE + ",1,1,");

        // Mark the batch as sent, with the mailing house's receipt
        Path receipt = dir.resolve("receipt.pdf");
        Files.writeString(receipt, "Posted 2 letters");
        dialogs.nextAttachment = receipt;
        robot.clickOn("#review-mark-sent");
        FxWait.until(() -> robot.lookup("#sent-target").tryQuery().isPresent());
        robot.clickOn("#sent-reference").write("PP-2026-1");
        robot.clickOn("#sent-attach");
        FxWait.until(() -> "receipt.pdf".equals(text(robot, "#sent-evidence")));
        robot.clickOn("#sent-confirm");
        FxWait.until(() -> text(robot, "#review-message").contains("marked as sent") || !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).isEmpty();
        assertThat(session.roster().page(RosterFilter.ALL, 0, 10)).extracting(Person::notificationStatus)
                .containsOnly(NotificationStatus.SENT);
        assertThat(session.delivery().sent()).singleElement().satisfies(n -> {
            assertThat(n.reference()).isEqualTo("PP-2026-1");
            assertThat(n.evidence()).get().satisfies(e -> assertThat(e.name()).isEqualTo("receipt.pdf"));
        });
        assertThat(session.verifyAudit().intact()).isTrue();
    }
}
