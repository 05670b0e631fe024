package com.breachdesk.ui.letters;

import com.breachdesk.deadline.Obligation;
import com.breachdesk.deadline.ObligationStatus;
import com.breachdesk.letters.batch.ApprovalCheck;
import com.breachdesk.letters.batch.AssessedNotices;
import com.breachdesk.letters.batch.Assignment;
import com.breachdesk.letters.batch.AutoTemplates;
import com.breachdesk.letters.batch.BatchKind;
import com.breachdesk.letters.batch.BatchPreview;
import com.breachdesk.letters.batch.BatchProgress;
import com.breachdesk.letters.batch.BatchResult;
import com.breachdesk.letters.batch.FixedTemplate;
import com.breachdesk.letters.batch.LetterBatchGenerator;
import com.breachdesk.letters.batch.LetterBatchRefused;
import com.breachdesk.letters.batch.RecipientFilter;
import com.breachdesk.letters.batch.RosterRecipients;
import com.breachdesk.letters.batch.TemplateAssignment;
import com.breachdesk.letters.batch.TemplateDecision;
import com.breachdesk.letters.compose.ComposedLetter;
import com.breachdesk.letters.compose.LetterComposer;
import com.breachdesk.letters.data.CaseFacts;
import com.breachdesk.letters.data.LetterDataBuilder;
import com.breachdesk.letters.data.LetterRecipient;
import com.breachdesk.letters.data.NoticeObligation;
import com.breachdesk.letters.data.NoticeObligations;
import com.breachdesk.letters.data.RulePackCatalog;
import com.breachdesk.letters.model.RenderedLetter;
import com.breachdesk.letters.pdf.PagePreview;
import com.breachdesk.letters.pdf.PdfLetterRenderer;
import com.breachdesk.letters.template.Audience;
import com.breachdesk.letters.template.LetterTemplate;
import com.breachdesk.letters.template.TemplateCatalog;
import com.breachdesk.letters.template.TemplateChoice;
import com.breachdesk.letters.template.TemplateHeader;
import com.breachdesk.letters.template.TemplateSelector;
import com.breachdesk.obligations.Assessment;
import com.breachdesk.population.AffectedPopulation;
import com.breachdesk.roster.NotificationStatus;
import com.breachdesk.roster.ScopeSummary;
import com.breachdesk.rules.RecipientType;
import com.breachdesk.session.CaseSession;
import com.breachdesk.ui.common.CaseContext;
import com.breachdesk.ui.common.DialogService;
import com.breachdesk.ui.common.Messages;
import com.breachdesk.ui.common.TaskRunner;
import com.breachdesk.ui.obligations.AssessorProvider;
import com.breachdesk.vocabulary.Coded;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Letters step: the templates, which template each group of recipients (jurisdiction and language) gets and
 * why, a preview of page 1 of the real PDF for a chosen person or regulator obligation, and generating a batch from
 * the roster (DRAFT-stamped, or final from the drafts legal review approved) with progress and Cancel, then opening its
 * folder. Never touches a Node; everything that reads the case or writes PDFs runs on the task runner.
 */
public final class LettersViewModel {

    public static final String AUTO = "auto";
    public static final String ALL = "All";

    /** One template as the list shows it. */
    public record TemplateRow(String id, int version, String audience, String jurisdictions, String language,
                              String title) {
    }

    /** One group of recipients and what it gets. */
    public record GroupRow(String jurisdiction, String language, long people, String gets, String why) {
    }

    /** What a preview can be drawn for: a person of the roster, or a notice to an authority. */
    public record PreviewTarget(String label, LetterRecipient person, NoticeObligation obligation) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** What the last reload worked out, for previews and the batch (read on the worker). */
    private record Prepared(CaseSession session, CaseFacts facts, TemplateAssignment assignment,
                            LetterDataBuilder data, LetterComposer composer, RecipientFilter filter) {
    }

    private final CaseContext context;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final AssessorProvider assessors;
    private final Path userTemplates;
    private final Executor uiThread;
    private final Clock clock;
    private final ObservableList<TemplateRow> templates = FXCollections.observableArrayList();
    private final ObservableList<String> templateChoices = FXCollections.observableArrayList(AUTO);
    private final ObservableList<GroupRow> groups = FXCollections.observableArrayList();
    private final ObservableList<String> jurisdictions = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> statuses = FXCollections.observableArrayList();
    private final ObservableList<PreviewTarget> previewTargets = FXCollections.observableArrayList();
    private final StringProperty templateChoice = new SimpleStringProperty(AUTO);
    private final StringProperty jurisdictionFilter = new SimpleStringProperty(ALL);
    private final StringProperty statusFilter = new SimpleStringProperty(NotificationStatus.PENDING.id());
    private final StringProperty outputFolder = new SimpleStringProperty("");
    private final BooleanProperty finalBatch = new SimpleBooleanProperty();
    private final ObjectProperty<PreviewTarget> previewTarget = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<BufferedImage> previewImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper previewCaption = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasLetters = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> lastBatch = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canGenerate;
    private final AtomicBoolean cancel = new AtomicBoolean();
    private volatile TemplateCatalog catalog;
    private volatile RulePackCatalog rules;
    private volatile PdfLetterRenderer renderer;
    private volatile Prepared prepared;
    private boolean loading;
    private boolean reloadWhenDone;
    private boolean caseChanged;

    /**
     * @param userTemplates the user's template folder (overrides shipped templates)
     * @param uiThread      where progress reaches the properties ({@code Platform::runLater}; inline in tests)
     */
    public LettersViewModel(CaseContext context, TaskRunner runner, DialogService dialogs, AssessorProvider assessors,
                            Path userTemplates, Executor uiThread) {
        this.context = context;
        this.runner = runner;
        this.dialogs = dialogs;
        this.assessors = assessors;
        this.userTemplates = userTemplates;
        this.uiThread = uiThread;
        this.clock = assessors.clock();
        statuses.add(ALL);
        for (NotificationStatus s : NotificationStatus.values()) {
            statuses.add(s.id());
        }
        canGenerate = Bindings.createBooleanBinding(() -> !running.get() && hasLetters.get()
                && !outputFolder.get().isBlank(), running, hasLetters, outputFolder);
        templateChoice.addListener((o, a, b) -> reload());
        jurisdictionFilter.addListener((o, a, b) -> reload());
        statusFilter.addListener((o, a, b) -> reload());
        previewTarget.addListener((o, a, b) -> preview(b));
        context.sessionProperty().addListener((o, a, b) -> {
            lastBatch.set(null);
            resultText.set("");
            outputFolder.set(b == null ? "" : defaultFolder(b.path()).toString());
        });
        context.revisionProperty().addListener((o, a, b) -> {
            caseChanged = loading;
            reload();
        });
        context.session().ifPresent(s -> outputFolder.set(defaultFolder(s.path()).toString()));
        reload();
    }

    static Path defaultFolder(Path caseFile) {
        String name = caseFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return caseFile.toAbsolutePath().resolveSibling((dot > 0 ? name.substring(0, dot) : name) + " letters");
    }

    public ObservableList<TemplateRow> templates() {
        return templates;
    }

    public ObservableList<String> templateChoices() {
        return templateChoices;
    }

    public ObservableList<GroupRow> groups() {
        return groups;
    }

    public ObservableList<String> jurisdictions() {
        return jurisdictions;
    }

    public ObservableList<String> statuses() {
        return statuses;
    }

    public ObservableList<PreviewTarget> previewTargets() {
        return previewTargets;
    }

    /** {@link #AUTO} (the rules engine decides per group) or a template id. */
    public StringProperty templateChoiceProperty() {
        return templateChoice;
    }

    public StringProperty jurisdictionFilterProperty() {
        return jurisdictionFilter;
    }

    /** A notification status id, or {@link #ALL}. */
    public StringProperty statusFilterProperty() {
        return statusFilter;
    }

    public StringProperty outputFolderProperty() {
        return outputFolder;
    }

    public ObjectProperty<PreviewTarget> previewTargetProperty() {
        return previewTarget;
    }

    /** Page 1 of the chosen letter, drawn from its PDF; null while there is none. */
    public ReadOnlyObjectProperty<BufferedImage> previewImageProperty() {
        return previewImage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewCaptionProperty() {
        return previewCaption.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }

    /** The folder of the last batch generated here; null before one. */
    public ReadOnlyObjectProperty<Path> lastBatchProperty() {
        return lastBatch.getReadOnlyProperty();
    }

    public BooleanBinding canGenerateProperty() {
        return canGenerate;
    }

    private RecipientFilter filter() {
        String j = ALL.equals(jurisdictionFilter.get()) ? null : jurisdictionFilter.get();
        NotificationStatus s = statusFilter.get() == null || ALL.equals(statusFilter.get()) ? null
                : Coded.parse(NotificationStatus.class, statusFilter.get());
        return new RecipientFilter(j, s, 0);
    }

    /** What the worker computed for the step. */
    private record Loaded(Prepared prepared, List<TemplateRow> templates, List<String> choices, List<GroupRow> groups,
                          List<String> jurisdictions, List<PreviewTarget> targets, String summary, boolean hasLetters) {
    }

    /** Re-reads templates, the evaluation and the roster groups (after any change to the case or a filter). */
    public void reload() {
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            prepared = null;
            groups.clear();
            previewTargets.clear();
            hasLetters.set(false);
            summary.set("Open a case to write letters.");
            return;
        }
        if (loading) {
            // Looked at again when the running load ends, so a filter changed meanwhile is not lost.
            reloadWhenDone = true;
            return;
        }
        loading = true;
        reloadWhenDone = false;
        RecipientFilter filter = filter();
        String choice = templateChoice.get() == null ? AUTO : templateChoice.get();
        runner.run(() -> load(session, filter, choice), loaded -> {
            prepared = loaded.prepared();
            templates.setAll(loaded.templates());
            if (!templateChoices.equals(loaded.choices())) {
                // A combo box bound to the choice clears it when its items are replaced: put it back.
                String keepChoice = choice;
                templateChoices.setAll(loaded.choices());
                templateChoice.set(templateChoices.contains(keepChoice) ? keepChoice : AUTO);
            }
            groups.setAll(loaded.groups());
            if (!jurisdictions.equals(loaded.jurisdictions())) {
                String keep = jurisdictionFilter.get();
                jurisdictions.setAll(loaded.jurisdictions());
                jurisdictionFilter.set(jurisdictions.contains(keep) ? keep : ALL);
            }
            PreviewTarget keep = previewTarget.get();
            previewTargets.setAll(loaded.targets());
            summary.set(loaded.summary());
            hasLetters.set(loaded.hasLetters());
            if (keep == null || !previewTargets.contains(keep)) {
                previewTarget.set(previewTargets.isEmpty() ? null : previewTargets.get(0));
            }
            loadDone(filter, choice);
        }, error -> {
            summary.set("The letters cannot be prepared: " + Messages.forUser(error));
            loadDone(filter, choice);
        });
    }

    /** Loads again when the case or a choice changed while the last load ran (not for the choices it restored). */
    private void loadDone(RecipientFilter loadedFilter, String loadedChoice) {
        loading = false;
        String choice = templateChoice.get() == null ? AUTO : templateChoice.get();
        if (reloadWhenDone && (!filter().equals(loadedFilter) || !choice.equals(loadedChoice) || caseChanged)) {
            reload();
        }
        reloadWhenDone = false;
        caseChanged = false;
    }

    private Loaded load(CaseSession session, RecipientFilter filter, String choice) {
        if (catalog == null) {
            catalog = TemplateCatalog.load(userTemplates);
        }
        Assessment assessment = session.assessForLetters(assessors.get(), session.letterPopulation(null));
        if (rules == null) {
            rules = RulePackCatalog.of(assessors.pack(), LocalDate.now(clock));
        }
        AffectedPopulation population = session.letterPopulation(null);
        CaseFacts facts = session.letters().facts(population);
        TemplateAssignment assignment = AUTO.equals(choice)
                ? new AutoTemplates(new TemplateSelector(catalog), new AssessedNotices(assessment))
                : new FixedTemplate(catalog.require(choice));
        Prepared p = new Prepared(session, facts, assignment, new LetterDataBuilder(facts),
                new LetterComposer(facts.organization(), rules.fingerprint()), filter);

        List<TemplateRow> rows = new ArrayList<>();
        List<String> choices = new ArrayList<>(List.of(AUTO));
        for (LetterTemplate t : catalog.all()) {
            TemplateHeader h = t.header();
            rows.add(new TemplateRow(h.id(), h.version(), h.audience().label(), String.join(", ", h.jurisdictions()),
                    h.language(), h.title()));
            if (h.audience() == Audience.INDIVIDUAL) {
                choices.add(h.id());
            }
        }
        ScopeSummary scope = session.roster().summary();
        List<String> js = new ArrayList<>(List.of(ALL));
        scope.jurisdictions().stream().map(ScopeSummary.JurisdictionCount::jurisdiction)
                .filter(j -> !"unknown".equals(j)).sorted().forEach(js::add);
        RosterRecipients source = new RosterRecipients(session.roster());
        List<GroupRow> groupRows = new ArrayList<>();
        long letters = 0;
        long leftOut = 0;
        if (scope.people() > 0) {
            for (BatchPreview.Group g : BatchPreview.of(source, filter, assignment)) {
                groupRows.add(new GroupRow(g.recipients().jurisdiction().isEmpty() ? "unknown" : g.recipients().jurisdiction(),
                        g.recipients().language(), g.recipients().people(), g.outcome(), g.decision().explanation()));
                if (g.decision() instanceof Assignment) {
                    letters += g.recipients().people();
                } else {
                    leftOut += g.recipients().people();
                }
            }
        }
        List<PreviewTarget> targets = new ArrayList<>();
        for (LetterRecipient r : scope.people() > 0 ? source.page(filter, null, 50) : List.<LetterRecipient>of()) {
            targets.add(new PreviewTarget(r.name() + " (" + (r.jurisdiction().isEmpty() ? "unknown" : r.jurisdiction())
                    + ")", r, null));
        }
        for (Obligation o : assessment.obligations()) {
            if (o.status() == ObligationStatus.REQUIRED && o.rule().recipient().type() != RecipientType.INDIVIDUALS) {
                NoticeObligation n = NoticeObligations.of(o);
                targets.add(new PreviewTarget("Notice: " + o.key().ruleId() + " (" + o.jurisdiction() + ")", null, n));
            }
        }
        String text = scope.people() == 0
                ? "No roster yet: import the affected people in the Scope step; regulator notices can be previewed below."
                : String.format("%,d letters in this batch, %,d people left out (no notice required or decided). "
                + "DRAFT letters are stamped DRAFT; final letters print the drafts approved in Legal review.", letters, leftOut);
        return new Loaded(p, rows, choices, groupRows, js, targets, text, letters > 0);
    }

    private PdfLetterRenderer renderer() {
        if (renderer == null) {
            renderer = new PdfLetterRenderer();
        }
        return renderer;
    }

    /** Renders page 1 of the chosen letter from its PDF, on the worker. */
    private void preview(PreviewTarget target) {
        Prepared p = prepared;
        if (target == null || p == null) {
            previewImage.set(null);
            previewCaption.set("");
            return;
        }
        runner.run(() -> render(p, target), result -> {
            previewImage.set(result.image());
            previewCaption.set(result.caption());
        }, error -> {
            previewImage.set(null);
            previewCaption.set("No preview: " + Messages.forUser(error));
        });
    }

    private record Rendered(BufferedImage image, String caption) {
    }

    private Rendered render(Prepared p, PreviewTarget target) {
        LocalDate today = LocalDate.now(clock);
        if (target.person() != null) {
            LetterRecipient r = target.person();
            TemplateDecision decision = p.assignment().decide(r.jurisdiction(), r.language());
            if (!(decision instanceof Assignment a)) {
                return new Rendered(null, "No letter for " + r.name() + ": " + decision.explanation());
            }
            LetterTemplate t = a.template();
            ComposedLetter composed = p.composer().compose(t, p.data().forPerson(r, t.language(), today, true, a.fulfils()),
                    LetterBatchGenerator.addressBlock(r), today, true);
            return image(composed, t, a.explanation());
        }
        NoticeObligation o = target.obligation();
        TemplateChoice choice = new TemplateSelector(catalog).choose(o.jurisdiction(), "en",
                Audience.forRecipientType(o.recipientType()), Set.of(o.ruleId()));
        if (choice.template().isEmpty()) {
            return new Rendered(null, "No template for " + o.ruleId() + ": " + choice.explanation());
        }
        LetterTemplate t = choice.template().get();
        String to = o.authorityName() != null ? o.authorityName() : o.recipientName();
        ComposedLetter composed = p.composer().compose(t, p.data().forObligation(o, t.language(), today, clock.instant(),
                true), List.of(to == null ? o.ruleId() : to), today, true);
        return image(composed, t, choice.explanation());
    }

    private Rendered image(ComposedLetter composed, LetterTemplate t, String why) {
        RenderedLetter rendered = renderer().render(composed.document());
        BufferedImage page = PagePreview.render(rendered.pdf(), 0, 72);
        return new Rendered(page, t.header().label() + " \u00b7 page 1 of " + rendered.pages() + " \u00b7 " + why);
    }

    /** Asks for the batch folder. */
    public void chooseOutputFolder() {
        Path current = outputFolder.get().isBlank() ? null : Path.of(outputFolder.get());
        dialogs.chooseFolder("Folder for the letter batch", current == null ? null : current.getParent())
                .ifPresent(f -> outputFolder.set(f.toString()));
    }

    /**
     * Final letters (for mailing) print the approved drafts of legal review and are refused while any template
     * they need is not approved; otherwise letters are stamped DRAFT on every page.
     */
    public BooleanProperty finalBatchProperty() {
        return finalBatch;
    }

    /**
     * Generates the batch (DRAFT, or FINAL from approved drafts) into the output folder, in the background, with
     * progress; Cancel stops it.
     */
    public void generate() {
        Prepared p = prepared;
        if (p == null || running.get() || outputFolder.get().isBlank()) {
            return;
        }
        Path out = Path.of(outputFolder.get());
        cancel.set(false);
        running.set(true);
        progress.set(0);
        progressText.set("Checking every letter before writing…");
        resultText.set("");
        long[] lastShown = {0};
        BatchKind kind = finalBatch.get() ? BatchKind.FINAL : BatchKind.DRAFT;
        runner.run(() -> {
            ApprovalCheck approvals = kind == BatchKind.FINAL ? p.session().review().approvalCheck()
                    : ApprovalCheck.NO_REVIEW_YET;
            LetterBatchGenerator generator = new LetterBatchGenerator(renderer(), p.session().letters().store(),
                    p.data(), p.composer(), approvals, clock);
            return generator.run(new LetterBatchGenerator.Plan(out, p.assignment(), new RosterRecipients(p.session().roster()),
                    p.filter(), kind, null, true, 10_000, Runtime.getRuntime().availableProcessors()),
                    progressUpdate -> {
                        long now = System.nanoTime();
                        if (now - lastShown[0] > 200_000_000L || progressUpdate.done() == progressUpdate.total()) {
                            lastShown[0] = now;
                            uiThread.execute(() -> showProgress(progressUpdate));
                        }
                    }, cancel);
        }, result -> {
            running.set(false);
            progress.set(result.cancelled() ? progress.get() : 1);
            progressText.set("");
            lastBatch.set(result.batchDir());
            resultText.set(describe(result));
            context.changed();
        }, error -> {
            running.set(false);
            progressText.set("");
            String message = error instanceof LetterBatchRefused r ? r.getMessage() : Messages.forUser(error);
            resultText.set("No letters were written.");
            dialogs.showError("Letters not generated", message);
        });
    }

    private void showProgress(BatchProgress p) {
        progress.set(p.fraction());
        progressText.set(String.format("%,d of %,d letters \u00b7 %,.0f letters/s \u00b7 %d s left", p.done(), p.total(),
                p.lettersPerSecond(), p.remaining().toSeconds()));
    }

    static String describe(BatchResult r) {
        long left = r.leftOut().stream().mapToLong(BatchResult.LeftOutGroup::people).sum();
        if (r.cancelled()) {
            return String.format("Cancelled after %,d letters. Generate again into the same folder to resume.", r.letters());
        }
        return String.format("%,d letters (%,d new, %,d reused), %,d print pages in %.1f s%s.", r.letters(), r.generated(),
                r.skipped(), r.pages(), r.seconds(), left == 0 ? "" : String.format("; %,d people left out", left));
    }

    public void cancel() {
        cancel.set(true);
    }

    /** Opens the last batch's folder in the file manager. */
    public void openFolder() {
        if (lastBatch.get() != null) {
            dialogs.openFolder(lastBatch.get());
        }
    }
}
