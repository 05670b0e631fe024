package com.breachdesk.ui;

import com.breachdesk.delivery.SendChannel;
import com.breachdesk.letters.template.LetterTemplate;
import com.breachdesk.letters.template.TemplateCatalog;
import com.breachdesk.review.Draft;
import com.breachdesk.review.DraftDiff;
import com.breachdesk.review.ReviewState;
import com.breachdesk.session.CaseSession;
import com.breachdesk.ui.obligations.AssessorProvider;
import com.breachdesk.ui.review.ReviewViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewViewModelTest extends ViewModelTestBase {

    private static final TemplateCatalog CATALOG = TemplateCatalog.shipped();
    private static final String CA = "us-ca-individual";
    private CaseSession session;
    private ReviewViewModel model;

    @BeforeEach
    void open() throws Exception {
        session = openDemo();
        model = new ReviewViewModel(context, runner, dialogs, () -> CATALOG,
                new AssessorProvider(dir.resolve("rules"), clock), clock);
    }

    private void createDraft(String id) {
        LetterTemplate t = model.templates().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        model.newDraftTemplateProperty().set(t);
        model.createDraft();
    }

    private Draft selected() {
        return model.selectedProperty().get();
    }

    @Test
    void creatingADraftSelectsItAndOffersOnlyTemplatesWithoutOne() {
        createDraft(CA);
        assertThat(selected().templateId()).isEqualTo(CA);
        assertThat(model.editorTextProperty().get()).isEqualTo(CATALOG.require(CA).text());
        assertThat(model.templates()).extracting(LetterTemplate::id).doesNotContain(CA);
        assertThat(model.canSubmitProperty().get()).isTrue();
        assertThat(model.canDecideProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void savingTheEditorMakesANewVersion() {
        createDraft(CA);
        assertThat(model.dirtyProperty().get()).isFalse();
        model.editorTextProperty().set(model.editorTextProperty().get().replace("This notice explains", "This letter explains"));
        assertThat(model.dirtyProperty().get()).isTrue();
        model.saveVersion();
        assertThat(selected().latestVersion()).isEqualTo(2);
        assertThat(model.versions()).hasSize(2);
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.diffRows()).filteredOn(r -> r.kind() == DraftDiff.Kind.CHANGED).singleElement()
                .satisfies(r -> assertThat(r.marked()).contains("[-notice-]{+letter+}"));
    }

    @Test
    void requestChangesResolveAndApprove() {
        createDraft(CA);
        model.commentParagraphProperty().set(2);
        model.commentTextProperty().set("Name the database");
        model.commentPrivilegedProperty().set(true);
        model.addComment();
        assertThat(model.comments()).singleElement().satisfies(c -> assertThat(c.privileged()).isTrue());

        model.submit();
        assertThat(model.canDecideProperty().get()).isTrue();
        model.changeNoteProperty().set("See comment");
        model.requestChanges();
        assertThat(selected().state()).isEqualTo(ReviewState.CHANGES_REQUESTED);

        model.submit();
        model.prepareApproval();
        assertThat(model.approverNameProperty().get()).isEqualTo("tester");
        model.approverNameProperty().set("Iryna Melnyk");
        model.approve();
        assertThat(dialogs.errors).singleElement().asString().contains("1 comment is unresolved");

        model.resolve(model.comments().get(0));
        model.approve();
        assertThat(selected().state()).isEqualTo(ReviewState.APPROVED);
        assertThat(model.canGenerateProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).contains("approved by Iryna Melnyk (counsel)");
    }

    @Test
    void aCommentNeedsAParagraph() {
        createDraft(CA);
        model.commentTextProperty().set("x");
        model.addComment();
        assertThat(model.comments()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Choose the paragraph the comment is about.");
    }

    @Test
    void diffComparesTheChosenVersions() {
        createDraft(CA);
        model.editorTextProperty().set(model.editorTextProperty().get() + "Added line.\n");
        model.saveVersion();
        model.diffFromProperty().set(2);
        model.diffToProperty().set(1);
        model.showDiff();
        assertThat(model.diffRows()).filteredOn(r -> r.kind() != DraftDiff.Kind.EQUAL).singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(DraftDiff.Kind.DELETED));
    }

    @Test
    void markingAnObligationSentAttachesTheChosenEvidence() throws Exception {
        session.assessments(new AssessorProvider(dir.resolve("rules"), clock).get()).assessAndStore();
        model.reload();
        Path receipt = dir.resolve("receipt.pdf");
        Files.writeString(receipt, "receipt");
        dialogs.nextAttachment = receipt;
        model.prepareMarkSent();
        model.sendTargetProperty().set(model.sendTargets().stream()
                .filter(t -> t instanceof ReviewViewModel.ObligationTarget o && o.key().ruleId().equals("eu-eprivacy-611-initial")
                        && o.key().jurisdiction().equals("PL")).findFirst().orElseThrow());
        model.sentDateProperty().set(LocalDate.of(2026, 3, 2));
        model.sentTimeProperty().set("09:30");
        model.sentChannelProperty().set(SendChannel.PORTAL);
        model.sentReferenceProperty().set("UODO-1");
        model.chooseEvidence();
        assertThat(model.markSent()).isTrue();
        assertThat(dialogs.errors).isEmpty();
        assertThat(session.delivery().sent()).singleElement().satisfies(n -> {
            assertThat(n.reference()).isEqualTo("UODO-1");
            assertThat(n.evidence()).get().satisfies(e -> assertThat(e.name()).isEqualTo("receipt.pdf"));
        });
        assertThat(model.evidenceProperty().get()).isNull();
    }

    @Test
    void aBadTimeIsRefusedBeforeAnythingIsWritten() throws Exception {
        session.assessments(new AssessorProvider(dir.resolve("rules"), clock).get()).assessAndStore();
        model.reload();
        model.prepareMarkSent();
        model.sentTimeProperty().set("half past nine");
        assertThat(model.markSent()).isFalse();
        assertThat(model.messageProperty().get()).contains("HH:MM");
        assertThat(session.delivery().sent()).isEmpty();
    }
}
