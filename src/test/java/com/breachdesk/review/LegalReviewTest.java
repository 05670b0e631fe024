package com.breachdesk.review;

import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestCases;
import com.breachdesk.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static com.breachdesk.review.ReviewFixture.CA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LegalReviewTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-03-03T08:00:00Z");
    private CaseSession session;
    private LegalReview review;

    @BeforeEach
    void open() throws Exception {
        session = TestCases.create(dir, clock);
        review = session.review();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private String v1Text() {
        return review.version(CA, 1).text();
    }

    private void reopen() throws Exception {
        session.close();
        session = CaseSession.open(dir.resolve("case.breachcase"), "tester", clock);
        review = session.review();
    }

    @Test
    void draftStartsAsACopyOfTheTemplateAndKeepsItsOrigin() throws Exception {
        var template = ReviewFixture.template(CA);
        review.create(template);
        reopen();
        Draft d = review.draft(CA).orElseThrow();
        assertThat(d.origin()).isEqualTo("shipped");
        assertThat(d.originVersion()).isEqualTo(template.version());
        assertThat(d.originSha256()).isEqualTo(template.sha256());
        assertThat(d.state()).isEqualTo(ReviewState.DRAFT);
        assertThat(d.latestVersion()).isEqualTo(1);
        assertThat(v1Text()).isEqualTo(template.text());
        assertThat(review.version(CA, 1).sha256()).isEqualTo(TextDigest.sha256(template.text()));
        assertThat(review.drafts()).extracting(Draft::templateId).containsExactly(CA);
    }

    @Test
    void refusesASecondDraftOfTheSameTemplate() {
        review.create(ReviewFixture.template(CA));
        assertThatThrownBy(() -> review.create(ReviewFixture.template(CA)))
                .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("already has a draft");
    }

    @Test
    void editingMakesANewVersionAndKeepsTheOldOneAsItWas() throws Exception {
        review.create(ReviewFixture.template(CA));
        String original = v1Text();
        DraftVersion v2 = review.edit(CA, ReviewFixture.reworded(original, "Please read carefully."), "clearer opening");
        reopen();
        assertThat(v2.version()).isEqualTo(2);
        assertThat(review.versions(CA)).extracting(DraftVersion::version).containsExactly(1, 2);
        assertThat(review.version(CA, 1).text()).isEqualTo(original);
        assertThat(review.version(CA, 2).text()).contains("Please read carefully.");
        assertThat(review.version(CA, 2).note()).isEqualTo("clearer opening");
    }

    @Test
    void storedVersionsCannotBeRewritten() {
        review.create(ReviewFixture.template(CA));
        assertThatThrownBy(() -> session.file().read(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("UPDATE review_version SET text = 'changed'");
            }
        })).hasRootCauseInstanceOf(SQLException.class).hasMessageContaining("never changed");
    }

    @Test
    void refusesAnEditThatIsNotALoadableTemplate() {
        review.create(ReviewFixture.template(CA));
        assertThatThrownBy(() -> review.edit(CA, "no front matter", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("front matter");
        assertThat(review.versions(CA)).hasSize(1);
    }

    @Test
    void refusesAnEditThatChangesTheTemplateId() {
        review.create(ReviewFixture.template(CA));
        String renamed = v1Text().replace("id: us-ca-individual", "id: us-ca-other");
        assertThatThrownBy(() -> review.edit(CA, renamed, null)).isInstanceOf(ReviewRefusedException.class)
                .hasMessageContaining("keeps its template id");
    }

    @Test
    void cannotEditWhileInReview() {
        review.create(ReviewFixture.template(CA));
        review.submit(CA, null);
        assertThatThrownBy(() -> review.edit(CA, ReviewFixture.reworded(v1Text(), "X."), null))
                .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("is in review: it cannot be edited");
    }

    @Test
    void cannotApproveADraftThatWasNotSubmitted() {
        review.create(ReviewFixture.template(CA));
        assertThatThrownBy(() -> review.approve(CA, "Iryna Melnyk", "counsel"))
                .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("cannot be approved");
        assertThat(review.approvals(CA)).isEmpty();
    }

    @Test
    void noApprovalWhileACommentIsUnresolved() {
        review.create(ReviewFixture.template(CA));
        ReviewComment c = review.comment(CA, 2, null, "Say which database", false);
        review.submit(CA, null);
        assertThatThrownBy(() -> review.approve(CA, "Iryna Melnyk", "counsel"))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessageContaining("1 comment is unresolved (#" + c.id() + ")");
        assertThat(review.draft(CA).orElseThrow().state()).isEqualTo(ReviewState.IN_REVIEW);
        review.resolve(c.id());
        assertThat(review.approve(CA, "Iryna Melnyk", "counsel").version()).isEqualTo(1);
    }

    @Test
    void approvalRecordsApproverRoleTimeAndTheHashOfTheApprovedText() throws Exception {
        review.create(ReviewFixture.template(CA));
        review.submit(CA, null);
        clock.advance(Duration.ofMinutes(5));
        review.approve(CA, "Iryna Melnyk", "counsel");
        reopen();
        assertThat(review.approvals(CA)).singleElement().satisfies(a -> {
            assertThat(a.approverName()).isEqualTo("Iryna Melnyk");
            assertThat(a.approverRole()).isEqualTo("counsel");
            assertThat(a.approvedAt()).isEqualTo(clock.instant());
            assertThat(a.sha256()).isEqualTo(TextDigest.sha256(v1Text()));
            assertThat(a.recordedBy()).isEqualTo("tester");
        });
        assertThat(review.approved(CA)).get().extracting(x -> x.version().version()).isEqualTo(1);
    }

    @Test
    void editAfterApprovalMakesANewDraftVersionAndTheApprovedOneStays() {
        review.create(ReviewFixture.template(CA));
        review.submit(CA, null);
        review.approve(CA, "Iryna Melnyk", "counsel");
        review.edit(CA, ReviewFixture.reworded(v1Text(), "Important."), null);
        Draft d = review.draft(CA).orElseThrow();
        assertThat(d.latestVersion()).isEqualTo(2);
        assertThat(d.state()).isEqualTo(ReviewState.DRAFT);
        assertThat(d.approvedVersion()).hasValue(1);
        assertThat(review.version(CA, 1).state()).isEqualTo(ReviewState.APPROVED);
    }

    @Test
    void approvingANewerVersionSupersedesTheOldApproval() {
        review.create(ReviewFixture.template(CA));
        review.submit(CA, null);
        review.approve(CA, "Iryna Melnyk", "counsel");
        review.edit(CA, ReviewFixture.reworded(v1Text(), "Important."), null);
        review.submit(CA, null);
        review.approve(CA, "Iryna Melnyk", "counsel");
        assertThat(review.versions(CA)).extracting(DraftVersion::state)
                .containsExactly(ReviewState.SUPERSEDED, ReviewState.APPROVED);
        assertThat(review.draft(CA).orElseThrow().approvedVersion()).hasValue(2);
        assertThat(review.history(CA)).extracting(ReviewEvent::action).containsExactly(ReviewAction.EDIT,
                ReviewAction.SUBMIT, ReviewAction.APPROVE, ReviewAction.EDIT, ReviewAction.SUBMIT,
                ReviewAction.SUPERSEDE, ReviewAction.APPROVE);
    }

    @Test
    void requestedChangesGoBackToTheAuthorWithTheNote() {
        review.create(ReviewFixture.template(CA));
        review.submit(CA, null);
        review.requestChanges(CA, "Name the database");
        assertThat(review.draft(CA).orElseThrow().state()).isEqualTo(ReviewState.CHANGES_REQUESTED);
        assertThat(review.history(CA)).last().satisfies(e -> {
            assertThat(e.note()).isEqualTo("Name the database");
            assertThat(e.from()).isEqualTo(ReviewState.IN_REVIEW);
            assertThat(e.actor()).isEqualTo("tester");
        });
        review.edit(CA, ReviewFixture.reworded(v1Text(), "Fixed."), null);
        assertThat(review.submit(CA, null).state()).isEqualTo(ReviewState.IN_REVIEW);
    }

    @Test
    void commentAnchorsOnAParagraphWithItsOpeningWords() throws Exception {
        review.create(ReviewFixture.template(CA));
        int p = Paragraphs.of(v1Text()).indexOf(Paragraphs.of(v1Text()).stream()
                .filter(x -> x.startsWith("We are writing")).findFirst().orElseThrow());
        review.comment(CA, p, null, "Too long", true);
        reopen();
        assertThat(review.comments(CA)).singleElement().satisfies(c -> {
            assertThat(c.paragraph()).isEqualTo(p);
            assertThat(c.quote()).startsWith("We are writing to tell you").endsWith("…");
            assertThat(c.text()).isEqualTo("Too long");
            assertThat(c.author()).isEqualTo("tester");
            assertThat(c.privileged()).isTrue();
            assertThat(c.resolved()).isFalse();
        });
    }

    @Test
    void refusesAQuoteThatIsNotInTheParagraph() {
        review.create(ReviewFixture.template(CA));
        assertThatThrownBy(() -> review.comment(CA, 2, "words that are nowhere", "x", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not in paragraph 2");
    }

    @Test
    void refusesAParagraphBeyondTheText() {
        review.create(ReviewFixture.template(CA));
        assertThatThrownBy(() -> review.comment(CA, 999, null, "x", false))
                .hasMessageContaining("there is no paragraph 999");
    }

    @Test
    void resolvingRecordsWhoAndWhenAndCannotBeRepeated() throws Exception {
        review.create(ReviewFixture.template(CA));
        long id = review.comment(CA, 1, null, "Check", false).id();
        session.file().setActor("Counsel");
        review.resolve(id);
        reopen();
        assertThat(review.comments(CA).get(0).resolvedBy()).isEqualTo("Counsel");
        assertThat(review.comments(CA).get(0).resolvedAt()).isEqualTo(clock.instant());
        assertThatThrownBy(() -> review.resolve(id)).hasMessageContaining("already resolved");
    }

    @Test
    void everyStepIsInTheAuditTrailWhichStillVerifies() {
        review.create(ReviewFixture.template(CA));
        long c = review.comment(CA, 1, null, "Secret advice", true).id();
        review.resolve(c);
        review.submit(CA, null);
        review.approve(CA, "Iryna Melnyk", "counsel");
        assertThat(session.allAudit()).extracting(e -> e.change().action())
                .contains("create_draft", "new_version", "comment", "submit", "approve");
        assertThat(session.allAudit()).noneMatch(e -> String.valueOf(e.change().newValue()).contains("Secret advice"));
        assertThat(session.verifyAudit().intact()).isTrue();
    }

    @Test
    void auditNoticesAStateChangedOutsideTheApp() {
        review.create(ReviewFixture.template(CA));
        session.file().read(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("UPDATE review_version SET state = 'approved'");
            }
        });
        assertThat(session.verifyAudit().intact()).isFalse();
        assertThat(session.verifyAudit().problem()).contains("review_version/us-ca-individual v1/state");
    }

    @Test
    void diffShowsTheWordsChangedBetweenTwoVersions() {
        review.create(ReviewFixture.template(CA));
        review.edit(CA, ReviewFixture.reworded(v1Text(), "Please read carefully."), null);
        DraftDiff diff = review.diff(CA, 1, 2);
        assertThat(diff.rows()).filteredOn(r -> r.kind() != DraftDiff.Kind.EQUAL).singleElement()
                .satisfies(r -> assertThat(r.marked()).contains("{+Please read carefully. +}This notice explains"));
    }
}
