package com.breachdesk.ui.review;

import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.delivery.NoticeDelivery;
import com.breachdesk.delivery.SendChannel;
import com.breachdesk.letters.batch.BatchKind;
import com.breachdesk.letters.store.BatchRecord;
import com.breachdesk.letters.template.LetterTemplate;
import com.breachdesk.letters.template.TemplateCatalog;
import com.breachdesk.obligations.ObligationStore;
import com.breachdesk.review.Draft;
import com.breachdesk.review.DraftDiff;
import com.breachdesk.review.DraftVersion;
import com.breachdesk.review.LegalReview;
import com.breachdesk.review.Paragraphs;
import com.breachdesk.review.ReviewAction;
import com.breachdesk.review.ReviewComment;
import com.breachdesk.session.CaseSession;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.ui.common.CaseContext;
import com.breachdesk.ui.common.DialogService;
import com.breachdesk.ui.common.Messages;
import com.breachdesk.ui.common.TaskRunner;
import com.breachdesk.ui.obligations.AssessorProvider;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The Review view: the case's drafts of letter templates, the editor (saving makes a new version), comments on
 * paragraphs, a side-by-side diff of two versions, approval, generating a FINAL batch from an approved draft, and
 * marking notices as sent with evidence. Every action is enabled by the selected draft's state.
 */
public final class ReviewViewModel {

    /** What the mark-sent dialog can mark: a final letter batch, or the notice for one obligation. */
    public sealed interface SendTarget permits BatchTarget, ObligationTarget {
        String label();
    }

    public record BatchTarget(BatchRecord batch) implements SendTarget {
        @Override
        public String label() {
            return "Letter batch #" + batch.id() + " — " + batch.template() + ", " + batch.letters() + " letters";
        }
    }

    public record ObligationTarget(ObligationKey key, String recipient) implements SendTarget {
        @Override
        public String label() {
            return key.ruleId() + " (" + key.jurisdiction() + ") — " + recipient;
        }
    }

    private final CaseContext context;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<TemplateCatalog> catalog;
    private final AssessorProvider assessors;
    private final Clock clock;

    private final ObservableList<Draft> drafts = FXCollections.observableArrayList();
    private final ObjectProperty<Draft> selected = new SimpleObjectProperty<>();
    private final ObservableList<LetterTemplate> templates = FXCollections.observableArrayList();
    private final ObjectProperty<LetterTemplate> newDraftTemplate = new SimpleObjectProperty<>();
    private final ObservableList<DraftVersion> versions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DraftVersion> latest = new ReadOnlyObjectWrapper<>();
    private final StringProperty editorText = new SimpleStringProperty("");
    private final StringProperty versionNote = new SimpleStringProperty("");
    private final StringProperty changeNote = new SimpleStringProperty("");
    private final ObservableList<ReviewComment> comments = FXCollections.observableArrayList();
    private final ObservableList<String> paragraphs = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> commentParagraph = new SimpleObjectProperty<>();
    private final StringProperty commentQuote = new SimpleStringProperty("");
    private final StringProperty commentText = new SimpleStringProperty("");
    private final BooleanProperty commentPrivileged = new SimpleBooleanProperty();
    private final ObservableList<Integer> versionNumbers = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> diffFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> diffTo = new SimpleObjectProperty<>();
    private final ObservableList<DraftDiff.Row> diffRows = FXCollections.observableArrayList();
    private final StringProperty approverName = new SimpleStringProperty("");
    private final StringProperty approverRole = new SimpleStringProperty("counsel");
    private final ObservableList<SendTarget> sendTargets = FXCollections.observableArrayList();
    private final ObjectProperty<SendTarget> sendTarget = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> sentDate = new SimpleObjectProperty<>();
    private final StringProperty sentTime = new SimpleStringProperty("");
    private final ObjectProperty<SendChannel> sentChannel = new SimpleObjectProperty<>(SendChannel.POST);
    private final StringProperty sentReference = new SimpleStringProperty("");
    private final ObjectProperty<Path> evidence = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canEdit = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSubmit = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canDecide = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGenerate = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ZoneId> zone = new ReadOnlyObjectWrapper<>(ZoneId.systemDefault());
    private final BooleanBinding dirty;
    private final AtomicBoolean cancelBatch = new AtomicBoolean();
    /** The draft to select when the list next loads (a draft just created). */
    private String selectNext;

    public ReviewViewModel(CaseContext context, TaskRunner runner, DialogService dialogs, Supplier<TemplateCatalog> catalog,
                           AssessorProvider assessors, Clock clock) {
        this.context = context;
        this.runner = runner;
        this.dialogs = dialogs;
        this.catalog = catalog;
        this.assessors = assessors;
        this.clock = clock;
        dirty = Bindings.createBooleanBinding(() -> latest.get() != null && !latest.get().text().equals(editorText.get()),
                latest, editorText);
        selected.addListener((o, a, d) -> loadDraft());
        // Opening a case and every change to it (here or in another step) move the revision on.
        context.revisionProperty().addListener((o, a, b) -> reload());
        reload();
    }

    // ---- properties

    public ObservableList<Draft> drafts() {
        return drafts;
    }

    public ObjectProperty<Draft> selectedProperty() {
        return selected;
    }

    public ObservableList<LetterTemplate> templates() {
        return templates;
    }

    public ObjectProperty<LetterTemplate> newDraftTemplateProperty() {
        return newDraftTemplate;
    }

    public ObservableList<DraftVersion> versions() {
        return versions;
    }

    public ReadOnlyObjectProperty<DraftVersion> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    public StringProperty editorTextProperty() {
        return editorText;
    }

    public StringProperty versionNoteProperty() {
        return versionNote;
    }

    public StringProperty changeNoteProperty() {
        return changeNote;
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public ObservableList<ReviewComment> comments() {
        return comments;
    }

    public ObservableList<String> paragraphs() {
        return paragraphs;
    }

    public ObjectProperty<Integer> commentParagraphProperty() {
        return commentParagraph;
    }

    public StringProperty commentQuoteProperty() {
        return commentQuote;
    }

    public StringProperty commentTextProperty() {
        return commentText;
    }

    public BooleanProperty commentPrivilegedProperty() {
        return commentPrivileged;
    }

    public ObservableList<Integer> versionNumbers() {
        return versionNumbers;
    }

    public ObjectProperty<Integer> diffFromProperty() {
        return diffFrom;
    }

    public ObjectProperty<Integer> diffToProperty() {
        return diffTo;
    }

    public ObservableList<DraftDiff.Row> diffRows() {
        return diffRows;
    }

    public StringProperty approverNameProperty() {
        return approverName;
    }

    public StringProperty approverRoleProperty() {
        return approverRole;
    }

    public ObservableList<SendTarget> sendTargets() {
        return sendTargets;
    }

    public ObjectProperty<SendTarget> sendTargetProperty() {
        return sendTarget;
    }

    public ObjectProperty<LocalDate> sentDateProperty() {
        return sentDate;
    }

    public StringProperty sentTimeProperty() {
        return sentTime;
    }

    public ObjectProperty<SendChannel> sentChannelProperty() {
        return sentChannel;
    }

    public StringProperty sentReferenceProperty() {
        return sentReference;
    }

    public ObjectProperty<Path> evidenceProperty() {
        return evidence;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The newest version may be edited (a draft, changes requested, or approved). */
    public ReadOnlyBooleanProperty canEditProperty() {
        return canEdit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSubmitProperty() {
        return canSubmit.getReadOnlyProperty();
    }

    /** The newest version is in review: legal may request changes or approve. */
    public ReadOnlyBooleanProperty canDecideProperty() {
        return canDecide.getReadOnlyProperty();
    }

    /** An approved version exists: final letters can be made. */
    public ReadOnlyBooleanProperty canGenerateProperty() {
        return canGenerate.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ZoneId> zoneProperty() {
        return zone.getReadOnlyProperty();
    }

    // ---- loading

    public void reload() {
        CaseSession session = context.session().orElse(null);
        if (session == null) {
            drafts.clear();
            templates.clear();
            selected.set(null);
            sendTargets.clear();
            return;
        }
        String keep = selectNext != null ? selectNext : selected.get() == null ? null : selected.get().templateId();
        selectNext = null;
        runner.run(() -> new Loaded(session.review().drafts(), catalog.get().all(), targets(session)), loaded -> {
            if (context.session().orElse(null) != session) {
                return;
            }
            drafts.setAll(loaded.drafts());
            Set<String> drafted = loaded.drafts().stream().map(Draft::templateId).collect(Collectors.toSet());
            templates.setAll(loaded.templates().stream().filter(t -> !drafted.contains(t.id())).toList());
            sendTargets.setAll(loaded.targets());
            if (sendTarget.get() != null && !sendTargets.contains(sendTarget.get())) {
                sendTarget.set(null);
            }
            Draft again = keep == null ? null
                    : loaded.drafts().stream().filter(d -> d.templateId().equals(keep)).findFirst().orElse(null);
            if (again != null && again.equals(selected.get())) {
                loadDraft();
            } else {
                selected.set(again);
            }
        }, this::failed);
    }

    private record Loaded(List<Draft> drafts, List<LetterTemplate> templates, List<SendTarget> targets) {
    }

    private static List<SendTarget> targets(CaseSession session) {
        List<SendTarget> out = new ArrayList<>();
        for (BatchRecord b : session.letters().store().batches()) {
            if (b.finished() && BatchKind.FINAL.name().equals(b.kind())) {
                out.add(new BatchTarget(b));
            }
        }
        for (ObligationStore.StoredObligation o : session.obligations().snapshot()) {
            if ("required".equals(o.status()) && !"individuals".equals(o.recipientType())) {
                out.add(new ObligationTarget(o.key(), o.recipientName()));
            }
        }
        return out;
    }

    private record DraftState(List<DraftVersion> versions, List<ReviewComment> comments, DraftDiff diff) {
    }

    private void loadDraft() {
        CaseSession session = context.session().orElse(null);
        Draft d = selected.get();
        if (session == null || d == null) {
            clearDraft();
            return;
        }
        int from = Math.max(1, d.latestVersion() - 1);
        runner.run(() -> new DraftState(session.review().versions(d.templateId()), session.review().comments(d.templateId()),
                session.review().diff(d.templateId(), from, d.latestVersion())), state -> {
            if (selected.get() != d) {
                return;
            }
            versions.setAll(state.versions());
            DraftVersion newest = state.versions().get(state.versions().size() - 1);
            latest.set(newest);
            editorText.set(newest.text());
            versionNote.set("");
            comments.setAll(state.comments());
            paragraphs.setAll(Paragraphs.of(newest.text()));
            commentParagraph.set(null);
            versionNumbers.setAll(state.versions().stream().map(DraftVersion::version).toList());
            diffFrom.set(from);
            diffTo.set(d.latestVersion());
            diffRows.setAll(state.diff().rows());
            canEdit.set(d.state().allowed().contains(ReviewAction.EDIT));
            canSubmit.set(d.state().allowed().contains(ReviewAction.SUBMIT));
            canDecide.set(d.state().allowed().contains(ReviewAction.APPROVE));
            canGenerate.set(d.approvedVersion().isPresent());
        }, this::failed);
    }

    private void clearDraft() {
        versions.clear();
        latest.set(null);
        editorText.set("");
        comments.clear();
        paragraphs.clear();
        versionNumbers.clear();
        diffRows.clear();
        canEdit.set(false);
        canSubmit.set(false);
        canDecide.set(false);
        canGenerate.set(false);
    }

    /** How the selected draft stands, for the header of the editor. */
    public static String describe(Draft d) {
        if (d == null) {
            return "";
        }
        String approved = d.approvedVersion().isPresent() ? " · v" + d.approvedVersion().getAsInt() + " approved" : "";
        return d.templateId() + " · v" + d.latestVersion() + " " + d.state().label().toLowerCase(Locale.ROOT) + approved;
    }

    // ---- commands

    /** Makes the case's draft of the chosen template and selects it. */
    public void createDraft() {
        LetterTemplate t = newDraftTemplate.get();
        CaseSession session = context.session().orElse(null);
        if (session == null || t == null) {
            return;
        }
        act(session, "Draft not created", () -> session.review().create(t), d -> {
            message.set("Draft of " + t.id() + " created from " + t.header().label() + ".");
            newDraftTemplate.set(null);
            selectNext = d.templateId();
        });
    }

    /** Saves the editor's text as a new version. */
    public void saveVersion() {
        Draft d = selected.get();
        CaseSession session = context.session().orElse(null);
        if (session == null || d == null) {
            return;
        }
        String text = editorText.get();
        String note = versionNote.get();
        act(session, "Version not saved", () -> session.review().edit(d.templateId(), text, note),
                v -> message.set("Saved " + v.label() + "."));
    }

    public void submit() {
        Draft d = selected.get();
        CaseSession session = context.session().orElse(null);
        if (session == null || d == null) {
            return;
        }
        act(session, "Not submitted", () -> session.review().submit(d.templateId(), null),
                v -> message.set(v.label() + " is in review."));
    }

    /** Sends the version in review back, with {@link #changeNoteProperty()} as what to change. */
    public void requestChanges() {
        Draft d = selected.get();
        CaseSession session = context.session().orElse(null);
        if (session == null || d == null) {
            return;
        }
        String note = changeNote.get();
        act(session, "Changes not requested", () -> session.review().requestChanges(d.templateId(), note), v -> {
            changeNote.set("");
            message.set("Changes requested on " + v.label() + ".");
        });
    }

    /** The approver's name starts as the user of the app (legal often records their own approval). */
    public void prepareApproval() {
        if (approverName.get() == null || approverName.get().isBlank()) {
            context.session().ifPresent(s -> approverName.set(s.file().actor()));
        }
    }

    /** Approves the version in review as {@link #approverNameProperty()} in {@link #approverRoleProperty()}. */
    public void approve() {
        Draft d = selected.get();
        CaseSession session = context.session().orElse(null);
        if (session == null || d == null) {
            return;
        }
        String name = approverName.get();
        String role = approverRole.get();
        act(session, "Not approved", () -> session.review().approve(d.templateId(), name, role),
                a -> message.set(d.templateId() + " v" + a.version() + " approved by " + a.approverName() + " ("
                        + a.approverRole() + "), sha256 " + a.sha256().substring(0, 12) + "…"));
    }

    /** Comments on the chosen paragraph of the newest version. */
    public void addComment() {
        Draft d = selected.get();
        CaseSession session = context.session().orElse(null);
        if (session == null || d == null) {
            return;
        }
        Integer paragraph = commentParagraph.get();
        if (paragraph == null) {
            message.set("Choose the paragraph the comment is about.");
            return;
        }
        String quote = commentQuote.get();
        String text = commentText.get();
        boolean privileged = commentPrivileged.get();
        act(session, "Comment not added", () -> session.review().comment(d.templateId(), paragraph, quote, text, privileged),
                c -> {
                    commentText.set("");
                    commentQuote.set("");
                    commentPrivileged.set(false);
                    message.set("Comment #" + c.id() + " added.");
                });
    }

    public void resolve(ReviewComment comment) {
        CaseSession session = context.session().orElse(null);
        if (session == null || comment == null || comment.resolved()) {
            return;
        }
        act(session, "Comment not resolved", () -> session.review().resolve(comment.id()),
                c -> message.set("Comment #" + c.id() + " resolved."));
    }

    /** Compares the two chosen versions. */
    public void showDiff() {
        Draft d = selected.get();
        CaseSession session = context.session().orElse(null);
        Integer from = diffFrom.get();
        Integer to = diffTo.get();
        if (session == null || d == null || from == null || to == null) {
            return;
        }
        runner.run(() -> session.review().diff(d.templateId(), from, to), diff -> diffRows.setAll(diff.rows()), this::failed);
    }

    public void chooseEvidence() {
        dialogs.chooseFileToAttach("Attach evidence (receipt, confirmation)").ifPresent(evidence::set);
    }

    /** Fills the mark-sent form with now, in this computer's zone. */
    public void prepareMarkSent() {
        java.time.ZonedDateTime now = clock.instant().atZone(zone.get());
        sentDate.set(now.toLocalDate());
        sentTime.set(now.toLocalTime().withSecond(0).withNano(0).toString());
        if (sendTarget.get() == null && !sendTargets.isEmpty()) {
            sendTarget.set(sendTargets.get(0));
        }
    }

    /** Marks the chosen batch or obligation as sent, with the evidence file if one was chosen. */
    public boolean markSent() {
        CaseSession session = context.session().orElse(null);
        SendTarget target = sendTarget.get();
        if (session == null) {
            return false;
        }
        if (target == null) {
            message.set("Choose what was sent: a final letter batch or an obligation.");
            return false;
        }
        MomentInZone at;
        try {
            LocalTime time = sentTime.get() == null || sentTime.get().isBlank() ? LocalTime.NOON
                    : LocalTime.parse(sentTime.get().strip());
            if (sentDate.get() == null) {
                message.set("Enter the date it was sent.");
                return false;
            }
            at = MomentInZone.of(sentDate.get().atTime(time).atZone(zone.get()));
        } catch (DateTimeParseException e) {
            message.set("Write the time as HH:MM, e.g. 14:30.");
            return false;
        }
        SendChannel channel = sentChannel.get();
        String reference = sentReference.get();
        Path file = evidence.get();
        act(session, "Not marked as sent", () -> {
            Optional<NoticeDelivery.Evidence> proof = Optional.ofNullable(file).map(NoticeDelivery.Evidence::read);
            if (target instanceof BatchTarget b) {
                NoticeDelivery.BatchSent sent = session.delivery().markBatchSent(b.batch().id(), at, channel, reference, proof);
                return "Batch #" + b.batch().id() + " marked as sent; " + sent.notice().people() + " people are now 'sent'.";
            }
            ObligationTarget o = (ObligationTarget) target;
            session.delivery().markObligationSent(session.assessments(assessors.get()), o.key(), at, channel, reference, proof);
            return o.key().ruleId() + " (" + o.key().jurisdiction() + ") marked as sent.";
        }, text -> {
            sentReference.set("");
            evidence.set(null);
            message.set(text);
        });
        return true;
    }

    /**
     * Writes a FINAL batch of the selected approved draft to the roster people the rules engine gives it, into a
     * folder the user picks.
     */
    public void generateFinal() {
        Draft d = selected.get();
        CaseSession session = context.session().orElse(null);
        if (session == null || d == null || d.approvedVersion().isEmpty()) {
            return;
        }
        Optional<Path> folder = dialogs.chooseFolder("Folder for the final letters of " + d.templateId(), null);
        if (folder.isEmpty()) {
            return;
        }
        cancelBatch.set(false);
        message.set("Generating final letters…");
        act(session, "Final letters not generated", () -> FinalLetterBatch.run(session, catalog.get(), assessors, d.templateId(),
                folder.get(), clock, cancelBatch), r -> message.set(r.letters() + " final letters of " + d.templateId()
                + " (approved v" + d.approvedVersion().getAsInt() + ") in " + r.batchDir() + " — batch #" + r.batchId()
                + ". Mark it as sent once it is posted."));
    }

    /** Stops a running batch after the letters in flight. */
    public void cancelGeneration() {
        cancelBatch.set(true);
    }

    // ---- internals

    private <T> void act(CaseSession session, String failureTitle, java.util.concurrent.Callable<T> work,
                         java.util.function.Consumer<T> done) {
        busy.set(true);
        runner.run(work, result -> {
            busy.set(false);
            done.accept(result);
            context.changed();
        }, error -> {
            busy.set(false);
            dialogs.showError(failureTitle, Messages.forUser(error));
        });
    }

    private void failed(Throwable error) {
        dialogs.showError("Cannot read the legal review", Messages.forUser(error));
    }
}
