package com.breachdesk.ui.report;

import com.breachdesk.letters.pdf.PagePreview;
import com.breachdesk.report.RenderedReport;
import com.breachdesk.report.ReportAssembler;
import com.breachdesk.report.ReportRequest;
import com.breachdesk.report.ReportVariant;
import com.breachdesk.report.ReportWriter;
import com.breachdesk.report.TimelineReports;
import com.breachdesk.session.CaseSession;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.ui.common.CaseContext;
import com.breachdesk.ui.common.DialogService;
import com.breachdesk.ui.common.Messages;
import com.breachdesk.ui.common.TaskRunner;
import com.breachdesk.ui.obligations.AssessorProvider;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Report step: choose the moment the report is "as of", the variant and whether privileged material is
 * included; preview its pages (rendered from the PDF itself, on the worker thread); save it as a PDF; print it.
 * Once a preview exists, changing a choice renders it again; a change to the case marks it as out of date.
 */
public final class ReportViewModel {

    static final float PREVIEW_DPI = 72;
    static final float PRINT_DPI = 200;

    private boolean stale;
    private boolean previewWhenReady;
    private final CaseContext context;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final AssessorProvider assessors;
    private final Supplier<ReportWriter> writer;
    private final BooleanSupplier printerInstalled;

    private final ObjectProperty<MomentInZone> asOf = new SimpleObjectProperty<>();
    private final ObjectProperty<ReportVariant> variant = new SimpleObjectProperty<>(ReportVariant.FULL);
    private final BooleanProperty includePrivileged = new SimpleBooleanProperty();
    private final ObservableList<PagePixels> pages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Choose the moment and variant, then Preview.");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasReport = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper printUnavailable = new ReadOnlyStringWrapper("");
    private RenderedReport current;
    private long generation;

    /**
     * @param writer           the PDF writer, built on first use on the worker thread (loading fonts takes a moment)
     * @param printerInstalled whether the system has a printer; without one, Print is disabled with the reason
     */
    public ReportViewModel(CaseContext context, TaskRunner runner, DialogService dialogs, AssessorProvider assessors,
                           Supplier<ReportWriter> writer, BooleanSupplier printerInstalled) {
        this.context = context;
        this.runner = runner;
        this.dialogs = dialogs;
        this.assessors = assessors;
        this.writer = writer;
        this.printerInstalled = printerInstalled;
        context.sessionProperty().addListener((o, old, session) -> reset());
        // Edits elsewhere do not re-render (that would queue report work behind every edit): the preview says it is old.
        context.revisionProperty().addListener((o, a, b) -> {
            stale = true;
            if (hasReport.get() && !busy.get()) {
                status.set("The case has changed since this preview: Preview again to update it.");
            }
        });
        asOf.addListener((o, a, b) -> refresh());
        variant.addListener((o, a, b) -> refresh());
        includePrivileged.addListener((o, a, b) -> refresh());
        reset();
    }

    public ObjectProperty<MomentInZone> asOfProperty() {
        return asOf;
    }

    public ObjectProperty<ReportVariant> variantProperty() {
        return variant;
    }

    public BooleanProperty includePrivilegedProperty() {
        return includePrivileged;
    }

    public ObservableList<PagePixels> pages() {
        return pages;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once a report has been rendered: Save and Print need one. */
    public ReadOnlyBooleanProperty hasReportProperty() {
        return hasReport.getReadOnlyProperty();
    }

    /** Why Print cannot be used (no printer installed), or empty when it can. */
    public ReadOnlyStringProperty printUnavailableProperty() {
        return printUnavailable.getReadOnlyProperty();
    }

    /** Sets the "as of" moment to now, in the zone the incident was recorded in. */
    public void asOfNow() {
        ZoneId zone = asOf.get() == null ? ZoneOffset.UTC : asOf.get().zone();
        asOf.set(new MomentInZone(assessors.clock().instant(), zone));
    }

    /**
     * The step came into view: a manager gets the report at once, without a click (as of now, for a new case), and
     * a preview made before the case changed is made again.
     */
    public void shown() {
        if (busy.get() || (hasReport.get() && !stale)) {
            return;
        }
        if (asOf.get() == null) {
            previewWhenReady = true; // the case's time zone is still being read
            return;
        }
        preview();
    }

    private void reset() {
        generation++;
        previewWhenReady = false;
        current = null;
        pages.clear();
        hasReport.set(false);
        busy.set(false);
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            return;
        }
        // Asked when a case opens, not at start-up: listing printers can take a moment on some systems.
        printUnavailable.set(printerInstalled.getAsBoolean() ? "" : "No printer is installed on this computer; "
                + "save the report as a PDF and print it elsewhere.");
        status.set("Choose the moment and variant, then Preview.");
        runner.run(() -> {
            var i = session.incident().load();
            return i.awareAt().or(i::discoveredAt).map(MomentInZone::zone).orElse(ZoneOffset.UTC);
        }, zone -> {
            if (asOf.get() == null || !asOf.get().zone().equals(zone)) {
                asOf.set(new MomentInZone(assessors.clock().instant(), zone));
            }
            if (previewWhenReady && !hasReport.get()) {
                previewWhenReady = false;
                preview();
            }
        }, error -> asOf.set(new MomentInZone(assessors.clock().instant(), ZoneOffset.UTC)));
    }

    private void refresh() {
        if (hasReport.get()) {
            preview();
        }
    }

    /** Renders the report and its page previews on the worker thread. */
    public void preview() {
        CaseSession session = context.session().orElse(null);
        if (session == null || asOf.get() == null) {
            return;
        }
        ReportRequest request = new ReportRequest(asOf.get().instant(), variant.get(), includePrivileged.get());
        long mine = ++generation;
        stale = false;
        busy.set(true);
        status.set("Rendering the report…");
        runner.run(() -> {
            RenderedReport report = new TimelineReports(new ReportAssembler(), writer.get())
                    .generate(session, assessors.get(), request);
            return new Rendered(report, render(report, PREVIEW_DPI));
        }, rendered -> {
            if (mine != generation) {
                return; // a newer request (or another case) replaced this one
            }
            busy.set(false);
            current = rendered.report();
            pages.setAll(rendered.pages());
            hasReport.set(true);
            status.set(request.variant().label() + " · " + rendered.report().pages()
                    + (rendered.report().pages() == 1 ? " page" : " pages") + " · as of " + asOf.get().display()
                    + (request.includePrivileged() ? " · includes privileged material" : ""));
        }, error -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            status.set("The report could not be made.");
            dialogs.showError("Cannot make the report", Messages.forUser(error));
        });
    }

    private record Rendered(RenderedReport report, List<PagePixels> pages) {
    }

    static List<PagePixels> render(RenderedReport report, float dpi) {
        List<PagePixels> out = new ArrayList<>(report.pages());
        for (int i = 0; i < report.pages(); i++) {
            BufferedImage image = PagePreview.render(report.pdf(), i, dpi);
            int w = image.getWidth();
            int h = image.getHeight();
            out.add(new PagePixels(w, h, image.getRGB(0, 0, w, h, null, 0, w)));
        }
        return out;
    }

    /** Asks where to save the rendered report and writes it there. */
    public void saveAs() {
        RenderedReport report = current;
        CaseSession session = context.session().orElse(null);
        if (report == null || session == null) {
            return;
        }
        String name = (variant.get() == ReportVariant.STATUS ? "status-" : "timeline-")
                + session.path().getFileName().toString().replace(".breachcase", "") + ".pdf";
        dialogs.chooseExportFile("Save the report as PDF", name, "pdf").ifPresent(path -> runner.run(() -> {
            TimelineReports.save(report, path);
            return path;
        }, (Path p) -> dialogs.notify("Report saved", "Saved to " + p.getFileName()),
                error -> dialogs.showError("Cannot save the report", Messages.forUser(error))));
    }

    /** Renders the pages at print resolution on the worker thread, then hands them to {@code printer} (FX thread). */
    public void print(Consumer<List<PagePixels>> printer) {
        RenderedReport report = current;
        if (report == null || !printUnavailable.get().isEmpty()) {
            return;
        }
        busy.set(true);
        runner.run(() -> render(report, PRINT_DPI), printPages -> {
            busy.set(false);
            printer.accept(printPages);
        }, error -> {
            busy.set(false);
            dialogs.showError("Cannot print the report", Messages.forUser(error));
        });
    }
}
