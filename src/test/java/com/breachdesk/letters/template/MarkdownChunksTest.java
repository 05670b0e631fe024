package com.breachdesk.letters.template;

import com.breachdesk.letters.LetterFixtures;
import com.breachdesk.letters.data.LetterDataBuilder;
import com.breachdesk.letters.data.LetterValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.breachdesk.vocabulary.DataCategory.NAME;
import static com.breachdesk.vocabulary.DataCategory.SSN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Letters in a batch parse their Markdown in chunks, remembering the chunks a template repeats. A letter must come
 * out exactly as if its whole text had been parsed at once.
 */
class MarkdownChunksTest {

    static Stream<String> shippedTemplates() {
        return LetterFixtures.CATALOG.all().stream().map(LetterTemplate::id);
    }

    @ParameterizedTest
    @MethodSource("shippedTemplates")
    void everyShippedTemplateParsesTheSameInChunks(String id) {
        LetterTemplate template = LetterFixtures.CATALOG.require(id);
        LetterDataBuilder data = new LetterDataBuilder(LetterFixtures.facts(LetterFixtures.organizationUs()));
        LetterValues values = template.header().audience() == Audience.INDIVIDUAL
                ? data.forPerson(LetterFixtures.person("P1", "**Bob** {{x}} <b> _O'Neil_", "US-CA", "en", Set.of(NAME, SSN)),
                        template.language(), LetterFixtures.LETTER_DATE, false, List.of())
                : data.forObligation(LetterFixtures.RULES.find(template.header().satisfies().get(0)).orElseThrow(),
                        template.language(), LetterFixtures.LETTER_DATE, LetterFixtures.NOTICE_AT, false);
        String markdown = template.merge(values);
        assertThat(MarkdownBlocks.splittable(template.body())).isTrue();
        assertThat(MarkdownBlocks.splitPoints(markdown)).isNotEmpty();
        assertThat(MarkdownBlocks.parseInChunks(markdown)).isEqualTo(MarkdownBlocks.parse(markdown));
        // a second letter is assembled from remembered chunks and is still the same
        assertThat(MarkdownBlocks.parseInChunks(markdown)).isEqualTo(MarkdownBlocks.parse(markdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a loose list: its items are separated by blank lines and must stay one list
            "Intro\n\n- one\n\n- two\n\nAfter the list\n",
            "1. first\n\n2. second\n\nText\n\n3. third starts a new list\n",
            // a list item's second paragraph is indented; text at column 0 ends the list
            "- item\n\n  more of the item\n\nNot in the list\n",
            "> quoted\n\nafter the quote\n> lazy\n",
            "Name | Value\n--- | ---\na | b\n\nText after the table\n\nName | Other\n--- | ---\nc | d\n",
            "# Heading\n\n**Bold** start\n\n** not bold\n\n***\n\n*emphasis* start\n\n* a bullet\n",
            "Para\n\n    indented code\n\nText\n<!-- page-break -->\n\nNext page\n",
            "Setext heading\n===\n\nAnother\n---\n\nplain\n",
            "Line one\r\n\r\nLine two\r\n",
            "\n\nStarts with blank lines\n\n\nand several\n"})
    void chunkedParsingMatchesWholeParsing(String markdown) {
        assertThat(MarkdownBlocks.parseInChunks(markdown)).isEqualTo(MarkdownBlocks.parse(markdown));
    }

    @Test
    void templatesWhoseStructureCrossesBlankLinesAreParsedWhole() {
        assertThat(MarkdownBlocks.splittable("Text\n\n```\ncode\n\nstill code\n```\n")).isFalse();
        assertThat(MarkdownBlocks.splittable("See [the form][f].\n\n[f]: https://example.org\n")).isFalse();
        assertThat(MarkdownBlocks.splittable("Plain\n\nletter text\n")).isTrue();
    }

    @Test
    void splitsOnlyBeforeLinesThatBeginANewBlock() {
        String md = "Para one\n\n- item\n\n  continued\n\nPara two\n\n# Head\n";
        assertThat(MarkdownBlocks.splitPoints(md)).containsExactly(md.indexOf("Para two"), md.indexOf("# Head"));
    }
}
