package com.breachdesk.privilege;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static com.breachdesk.privilege.PrivilegeFilter.Kind.REVIEW_COMMENT;
import static com.breachdesk.privilege.PrivilegeFilter.Kind.TIMELINE_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

class PrivilegeFilterTest {

    private record Note(long id, String text, boolean privileged, OptionalLong corrects) implements Privileged {

        Note(long id, String text, boolean privileged) {
            this(id, text, privileged, OptionalLong.empty());
        }
    }

    private final List<Note> entries = List.of(new Note(1, "facts", false), new Note(2, "counsel's advice", true),
            new Note(3, "more facts", false), new Note(4, "advice revised", false, OptionalLong.of(2)),
            new Note(5, "revised again", false, OptionalLong.of(4)));

    @Test
    void leavesPrivilegedItemsAndTheirCorrectionsOutAndCountsThem() {
        PrivilegeFilter filter = PrivilegeFilter.of(false);
        assertThat(filter.filter(TIMELINE_ENTRY, entries)).extracting(Note::text).containsExactly("facts", "more facts");
        assertThat(filter.excluded()).containsEntry("privileged_timeline_entries", 1L)
                .containsEntry("corrections_of_excluded_entries", 2L);
        assertThat(filter.excludedCount()).isEqualTo(3);
    }

    @Test
    void includesEverythingOnlyWhenAskedAndCountsNothing() {
        PrivilegeFilter filter = PrivilegeFilter.of(true);
        assertThat(filter.filter(TIMELINE_ENTRY, entries)).hasSize(5);
        assertThat(filter.excluded()).isEmpty();
    }

    @Test
    void countsEachKindUnderItsOwnKeyAndKeepsTheirIdsApart() {
        PrivilegeFilter filter = PrivilegeFilter.of(false);
        filter.filter(TIMELINE_ENTRY, entries);
        List<Note> comments = filter.filter(REVIEW_COMMENT, List.of(new Note(1, "wording ok", false),
                new Note(2, "do not admit liability", true)));

        assertThat(comments).extracting(Note::text).containsExactly("wording ok");
        assertThat(filter.excluded()).containsEntry("privileged_review_comments", 1L)
                .containsEntry("privileged_timeline_entries", 1L);
        assertThat(filter.excluded(REVIEW_COMMENT, 2)).isTrue();
        assertThat(filter.excluded(REVIEW_COMMENT, 4)).isFalse();
        assertThat(filter.excluded(TIMELINE_ENTRY, 4)).isTrue();
    }

    @Test
    void reportsAZeroCountWhenNothingOfAKindWasPrivileged() {
        PrivilegeFilter filter = PrivilegeFilter.of(false);
        filter.filter(REVIEW_COMMENT, List.of(new Note(1, "fine", false)));
        assertThat(filter.excluded()).containsEntry("privileged_review_comments", 0L);
    }
}
