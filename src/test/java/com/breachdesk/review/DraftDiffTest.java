package com.breachdesk.review;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DraftDiffTest {

    @Test
    void marksOnlyTheWordsThatChangedInALine() {
        DraftDiff diff = DraftDiff.between("We will notify you within 30 days.\n", "We will notify you within 45 calendar days.\n");
        assertThat(diff.rows()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(DraftDiff.Kind.CHANGED);
            assertThat(row.left()).containsExactly(new DraftDiff.Segment("We will notify you within ", false),
                    new DraftDiff.Segment("30 ", true), new DraftDiff.Segment("days.", false));
            assertThat(row.right()).containsExactly(new DraftDiff.Segment("We will notify you within ", false),
                    new DraftDiff.Segment("45 calendar ", true), new DraftDiff.Segment("days.", false));
            assertThat(row.marked()).isEqualTo("We will notify you within [-30 -]{+45 calendar +}days.");
        });
    }

    @Test
    void keepsUnchangedLinesSideBySideWithTheirNumbers() {
        DraftDiff diff = DraftDiff.between("a\nb\nc\n", "a\nB\nc\nd\n");
        List<DraftDiff.Row> rows = diff.rows();
        assertThat(rows).extracting(DraftDiff.Row::kind).containsExactly(DraftDiff.Kind.EQUAL, DraftDiff.Kind.CHANGED,
                DraftDiff.Kind.EQUAL, DraftDiff.Kind.INSERTED);
        assertThat(rows).extracting(DraftDiff.Row::oldLine).containsExactly(1, 2, 3, 0);
        assertThat(rows).extracting(DraftDiff.Row::newLine).containsExactly(1, 2, 3, 4);
        assertThat(rows.get(3).marked()).isEqualTo("{+d+}");
        assertThat(diff.changes()).isEqualTo(2);
    }

    @Test
    void showsRemovedLinesOnTheLeftOnly() {
        DraftDiff diff = DraftDiff.between("keep\ndrop this\n", "keep\n");
        assertThat(diff.rows().get(1)).satisfies(row -> {
            assertThat(row.kind()).isEqualTo(DraftDiff.Kind.DELETED);
            assertThat(row.leftText()).isEqualTo("drop this");
            assertThat(row.right()).isEmpty();
            assertThat(row.newLine()).isZero();
        });
    }

    @Test
    void splitsCyrillicTextIntoWords() {
        DraftDiff diff = DraftDiff.between("Ми повідомимо вас протягом 30 днів.", "Ми повідомимо вас негайно.");
        assertThat(diff.rows().get(0).marked()).isEqualTo("Ми повідомимо вас [-протягом 30 днів-]{+негайно+}.");
    }

    @Test
    void identicalVersionsHaveNoChanges() {
        DraftDiff diff = DraftDiff.between("same\ntext\n", "same\ntext\n");
        assertThat(diff.changes()).isZero();
        assertThat(diff.rows()).hasSize(2);
    }
}
