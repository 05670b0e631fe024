package com.breachdesk.ui;

import com.breachdesk.ui.common.FxDialogService;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing the window while a step is still loading: the load then fails on the closed case. Its error must not open
 * a dialog with no window behind it (which kept the app running after the user had closed it).
 */
@ExtendWith(ApplicationExtension.class)
class DialogsAfterTheWindowClosedUiTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("main window"), 300, 200));
        stage.show();
    }

    @Test
    void errorAfterTheWindowClosedOpensNoDialog(FxRobot robot) throws Exception {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        robot.interact(stage::close);

        Future<Void> shown = WaitForAsyncUtils.asyncFx(() -> dialogs.showError("Cannot read the roster", "x is closed"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, shown::isDone);

        assertThat(Window.getWindows()).noneMatch(Window::isShowing);
    }
}
