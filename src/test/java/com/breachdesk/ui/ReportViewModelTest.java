package com.breachdesk.ui;

import com.breachdesk.report.ReportVariant;
import com.breachdesk.report.pdf.PdfReportWriter;
import com.breachdesk.ui.obligations.AssessorProvider;
import com.breachdesk.ui.report.PagePixels;
import com.breachdesk.ui.report.ReportViewModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportViewModelTest extends ViewModelTestBase {

    private static PdfReportWriter writer;

    private ReportViewModel model(boolean printer) {
        if (writer == null) {
            writer = new PdfReportWriter();
        }
        return new ReportViewModel(context, runner, dialogs, new AssessorProvider(dir.resolve("rules"), clock),
                () -> writer, () -> printer);
    }

    @Test
    void asOfStartsAtNowInTheZoneTheIncidentWasRecordedIn() throws Exception {
        openDemo();
        ReportViewModel model = model(true);
        assertThat(model.asOfProperty().get().instant()).isEqualTo(clock.instant());
        assertThat(model.asOfProperty().get().zone()).isEqualTo(ZoneId.of("Europe/Kyiv"));
    }

    @Test
    void previewRendersEveryPageOfTheReport() throws Exception {
        openDemo();
        ReportViewModel model = model(true);
        model.preview();

        assertThat(model.hasReportProperty().get()).isTrue();
        assertThat(model.pages()).hasSizeGreaterThan(1);
        assertThat(model.statusProperty().get()).contains(model.pages().size() + " pages");
        PagePixels first = model.pages().get(0);
        assertThat(first.argb()).hasSize(first.width() * first.height());
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void showingTheStepRendersTheReportWithoutAClickAndAgainAfterTheCaseChanged() throws Exception {
        openDemo();
        ReportViewModel model = model(true);
        model.shown();
        assertThat(model.hasReportProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).startsWith("Full timeline report");

        model.pages().clear();
        model.shown();
        assertThat(model.pages()).as("an up-to-date preview is not rendered again").isEmpty();

        context.changed();
        model.shown();
        assertThat(model.pages()).hasSizeGreaterThan(1);
        assertThat(model.statusProperty().get()).doesNotContain("Preview again");
    }

    @Test
    void changingTheVariantAfterAPreviewRendersItAgain() throws Exception {
        openDemo();
        ReportViewModel model = model(true);
        model.preview();
        model.variantProperty().set(ReportVariant.STATUS);

        assertThat(model.pages()).hasSize(1);
        assertThat(model.statusProperty().get()).startsWith("One-page status");
    }

    @Test
    void aChangeToTheCaseMarksThePreviewOutOfDate() throws Exception {
        openDemo();
        ReportViewModel model = model(true);
        model.variantProperty().set(ReportVariant.STATUS);
        model.preview();
        context.changed();

        assertThat(model.statusProperty().get()).contains("Preview again");
        assertThat(model.pages()).hasSize(1);
    }

    @Test
    void saveWritesThePdfWhereTheUserChose() throws Exception {
        openDemo();
        ReportViewModel model = model(true);
        model.preview();
        Path out = dir.resolve("timeline.pdf");
        dialogs.nextExportFile = out;
        model.saveAs();

        assertThat(new String(Files.readAllBytes(out), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(dialogs.notices).anyMatch(n -> n.startsWith("Report saved"));
    }

    @Test
    void printIsUnavailableWithAReasonWhenNoPrinterIsInstalled() throws Exception {
        openDemo();
        ReportViewModel model = model(false);
        model.preview();
        List<List<PagePixels>> printed = new ArrayList<>();
        model.print(printed::add);

        assertThat(model.printUnavailableProperty().get()).contains("No printer is installed");
        assertThat(printed).isEmpty();
    }

    @Test
    void printHandsOverPagesAtPrintResolution() throws Exception {
        openDemo();
        ReportViewModel model = model(true);
        model.variantProperty().set(ReportVariant.STATUS);
        model.preview();
        List<List<PagePixels>> printed = new ArrayList<>();
        model.print(printed::add);

        assertThat(printed).singleElement().satisfies(pages -> {
            assertThat(pages).hasSize(1);
            assertThat(pages.get(0).width()).isGreaterThan(model.pages().get(0).width() * 2);
        });
    }
}
