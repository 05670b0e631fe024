package com.breachdesk.ui.report;

import atlantafx.base.theme.Styles;
import com.breachdesk.report.ReportVariant;
import com.breachdesk.ui.common.MomentPicker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.collections.ListChangeListener;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The Report step: choices on top, the rendered pages below, Save and Print. */
public final class ReportView extends BorderPane {

    private final ReportViewModel model;
    private final MomentPicker asOf = new MomentPicker(ZoneOffset.UTC);
    private final VBox pagesBox = new VBox(16);

    public ReportView(ReportViewModel model) {
        this.model = model;
        setId("report-view");
        setTop(controls());
        pagesBox.setId("report-pages");
        pagesBox.setAlignment(Pos.TOP_CENTER);
        pagesBox.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(pagesBox);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        model.pages().addListener((ListChangeListener<PagePixels>) c -> showPages());
        model.asOfProperty().addListener((o, a, b) -> asOf.show(Optional.ofNullable(b)));
        asOf.show(Optional.ofNullable(model.asOfProperty().get()));
        asOf.setOnCommit(() -> {
            try {
                asOf.value().ifPresent(model.asOfProperty()::set);
            } catch (IllegalArgumentException invalid) {
                // the picker shows what is wrong; the report keeps its last valid moment
            }
        });
    }

    private VBox controls() {
        Label title = new Label("Timeline report");
        title.getStyleClass().add(Styles.TITLE_3);
        Label asOfLabel = new Label("As of");
        asOf.setId("report-as-of");
        Button now = new Button("Now");
        now.setId("report-now");
        now.setOnAction(e -> model.asOfNow());
        ComboBox<ReportVariant> variant = new ComboBox<>();
        variant.setId("report-variant");
        variant.getItems().setAll(ReportVariant.values());
        variant.valueProperty().bindBidirectional(model.variantProperty());
        variant.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportVariant v) {
                return v == null ? "" : v.label();
            }

            @Override
            public ReportVariant fromString(String s) {
                return null;
            }
        });
        CheckBox privileged = new CheckBox("Include privileged material");
        privileged.setId("report-include-privileged");
        privileged.selectedProperty().bindBidirectional(model.includePrivilegedProperty());
        privileged.setTooltip(new Tooltip("Timeline entries under legal privilege are left out unless you include them; "
                + "the report then says so on every page."));
        Button preview = new Button("Preview", new FontIcon(Feather.EYE));
        preview.setId("report-preview");
        preview.getStyleClass().add(Styles.ACCENT);
        preview.setOnAction(e -> model.preview());
        preview.disableProperty().bind(model.busyProperty());
        Button save = new Button("Save as PDF…", new FontIcon(Feather.DOWNLOAD));
        save.setId("report-save");
        save.disableProperty().bind(model.hasReportProperty().not().or(model.busyProperty()));
        save.setOnAction(e -> model.saveAs());
        Button print = new Button("Print…", new FontIcon(Feather.PRINTER));
        print.setId("report-print");
        print.disableProperty().bind(model.hasReportProperty().not().or(model.busyProperty())
                .or(model.printUnavailableProperty().isNotEmpty()));
        print.setOnAction(e -> model.print(this::print));
        Label printReason = new Label();
        printReason.setId("report-print-unavailable");
        printReason.textProperty().bind(model.printUnavailableProperty());
        printReason.getStyleClass().add(Styles.TEXT_MUTED);
        printReason.setWrapText(true);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("report-status");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add(Styles.TEXT_MUTED);

        FlowPane choices = new FlowPane(10, 8, asOfLabel, asOf, now, variant, privileged);
        choices.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, preview, save, print, busy, spacer, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, title, choices, actions, printReason);
        top.setPadding(new Insets(12, 16, 8, 16));
        return top;
    }

    private void showPages() {
        pagesBox.getChildren().clear();
        for (PagePixels p : model.pages()) {
            ImageView view = new ImageView(image(p));
            view.getStyleClass().add("report-page");
            view.setPreserveRatio(true);
            view.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 8, 0, 0, 2);");
            pagesBox.getChildren().add(view);
        }
    }

    static WritableImage image(PagePixels p) {
        WritableImage image = new WritableImage(p.width(), p.height());
        image.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbInstance(), p.argb(), 0, p.width());
        return image;
    }

    /** Prints the pages on the system's default printer after the user confirms the print dialog. */
    private void print(List<PagePixels> pages) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null || !job.showPrintDialog(getScene().getWindow())) {
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        boolean ok = true;
        for (PagePixels p : pages) {
            ImageView view = new ImageView(image(p));
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            ok = ok && job.printPage(layout, view);
        }
        if (ok) {
            job.endJob();
        } else {
            job.cancelJob();
        }
    }
}
