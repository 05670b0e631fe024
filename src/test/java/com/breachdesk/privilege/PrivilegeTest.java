package com.breachdesk.privilege;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PrivilegeTest {

    private record Note(String text, boolean privileged) implements Privileged {
    }

    private final List<Note> notes = List.of(new Note("facts", false), new Note("counsel's advice", true),
            new Note("more facts", false), new Note("strategy", true));

    @Test
    void exportsLeavePrivilegedItemsOutAndCountThem() {
        Privilege.Filtered<Note> out = Privilege.EXCLUDE.filter(notes);
        assertThat(out.kept()).extracting(Note::text).containsExactly("facts", "more facts");
        assertThat(out.excluded()).isEqualTo(2);
        assertThat(out.notice()).isEqualTo("2 items marked legal privilege are not included.");
    }

    @Test
    void privilegedItemsAreIncludedOnlyWhenAskedFor() {
        Privilege.Filtered<Note> out = Privilege.of(true).filter(notes);
        assertThat(out.kept()).hasSize(4);
        assertThat(out.excluded()).isZero();
        assertThat(out.notice()).isEmpty();
    }

    @Test
    void excludingIsTheDefaultAnswer() {
        assertThat(Privilege.of(false)).isEqualTo(Privilege.EXCLUDE);
        assertThat(Privilege.EXCLUDE.admits(new Note("x", true))).isFalse();
        assertThat(Privilege.EXCLUDE.admits(new Note("x", false))).isTrue();
    }
}
