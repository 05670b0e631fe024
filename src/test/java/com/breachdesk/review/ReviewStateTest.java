package com.breachdesk.review;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewStateTest {

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "draft, submit, in_review",
            "in_review, request_changes, changes_requested",
            "in_review, approve, approved",
            "changes_requested, submit, in_review",
            "approved, supersede, superseded"})
    void allowsTheReviewPath(String from, String action, String to) {
        ReviewState state = com.breachdesk.vocabulary.Coded.parse(ReviewState.class, from);
        ReviewAction a = com.breachdesk.vocabulary.Coded.parse(ReviewAction.class, action);
        assertThat(state.after(a, "x v1").id()).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} cannot {1}")
    @CsvSource({
            "draft, approve", "draft, request_changes", "in_review, edit", "in_review, submit",
            "changes_requested, approve", "approved, submit", "approved, approve", "superseded, edit",
            "superseded, approve"})
    void refusesEverythingElse(String from, String action) {
        ReviewState state = com.breachdesk.vocabulary.Coded.parse(ReviewState.class, from);
        ReviewAction a = com.breachdesk.vocabulary.Coded.parse(ReviewAction.class, action);
        assertThatThrownBy(() -> state.after(a, "us-ca-individual draft v2"))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessageStartingWith("us-ca-individual draft v2 is " + state.label().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void refusalSaysWhatIsAllowedInstead() {
        assertThatThrownBy(() -> ReviewState.DRAFT.after(ReviewAction.APPROVE, "us-ca-individual draft v1"))
                .hasMessage("us-ca-individual draft v1 is draft: it cannot be approved. "
                        + "Allowed now: submit for review, edit (a new version).");
    }

    @Test
    void approvedAndChangesRequestedVersionsCanBeEditedIntoANewVersion() {
        assertThat(ReviewState.APPROVED.allowed()).contains(ReviewAction.EDIT);
        assertThat(ReviewState.CHANGES_REQUESTED.allowed()).contains(ReviewAction.EDIT);
        assertThat(ReviewState.IN_REVIEW.allowed()).doesNotContain(ReviewAction.EDIT);
    }
}
