package com.breachdesk.letters.template;

import com.breachdesk.letters.data.LetterValues;
import com.breachdesk.letters.model.Block;
import com.breachdesk.letters.model.Span;
import com.breachdesk.letters.model.Style;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LetterTemplateTest {

    private static String file(String body) {
        return """
                ---
                id: test-letter
                version: 3
                audience: individual
                jurisdictions: [PL]
                language: en
                title: Test
                ---
                """ + body;
    }

    private static LetterTemplate parse(String body) {
        return LetterTemplate.parse(file(body), "test.md", LetterTemplate.Origin.USER);
    }

    private static LetterValues person(String name) {
        return LetterValues.builder().text("person.name", name).build();
    }

    @Test
    void unknownPlaceholderIsRefusedNamingTemplateLineAndField() {
        assertThatThrownBy(() -> parse("# Title\n\nDear {{person.name}},\n\nYour {{person.nmae}}.\n"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("Template test-letter, line 13, {{person.nmae}}: unknown placeholder")
                .hasMessageContaining("did you mean {{person.name}}?");
    }

    @Test
    void missingValueIsRefusedNamingTemplateLineAndField() {
        LetterTemplate t = parse("Dear {{person.name}},\n\nWrite to {{organization.contact_email}}.\n");
        assertThatThrownBy(() -> t.merge(person("Ann")))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("Template test-letter, line 11, {{organization.contact_email}}: has no value");
    }

    @Test
    void aPlaceholderInsideItsOwnSectionIsOptional() {
        LetterTemplate t = parse("Dear {{person.name}}.{{#notice.website}} See {{notice.website}}.{{/notice.website}}\n");
        assertEquals("Dear Ann.\n", t.merge(person("Ann")));
    }

    @Test
    void personDataIsInsertedLiterallyNotAsMarkdownOrPlaceholders() {
        LetterTemplate t = parse("Dear **{{person.name}}**,\n");
        List<Block> blocks = t.compose(person("**Bob** {{x}} <b> [a](b) & &amp; \\ # 1."));
        assertEquals(List.of(new Block.Paragraph(List.of(new Span("Dear ", Style.REGULAR),
                new Span("**Bob** {{x}} <b> [a](b) & &amp; \\ # 1.", Style.BOLD), new Span(",", Style.REGULAR)))), blocks);
    }

    @Test
    void aValueCannotStartANewBlock() {
        LetterTemplate t = parse("Dear {{person.name}},\n");
        List<Block> blocks = t.compose(person("Ann\n\n# Heading\n- item"));
        assertThat(blocks).singleElement().isInstanceOf(Block.Paragraph.class);
    }

    @Test
    void unescapedPlaceholdersAreRefused() {
        assertThatThrownBy(() -> parse("Dear {{{person.name}}},\n"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("without escaping");
        assertThatThrownBy(() -> parse("Dear {{&person.name}},\n"))
                .isInstanceOf(TemplateException.class).hasMessageContaining("without escaping");
    }

    @Test
    void partialsAreRefused() {
        assertThatThrownBy(() -> parse("{{>other}}\n")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("partials");
    }

    @Test
    void rawHtmlIsRefusedWithItsLine() {
        assertThatThrownBy(() -> parse("Hello\n\n<div>x</div>\n")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("line 11").hasMessageContaining("raw HTML");
    }

    @Test
    void aListPrintedAsTextIsRefused() {
        assertThatThrownBy(() -> parse("{{person.address_lines}}\n")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("is a list");
    }

    @Test
    void frontMatterWithUnknownKeyIsRefused() {
        String text = file("x").replace("title: Test", "title: Test\ntitel: typo");
        assertThatThrownBy(() -> LetterTemplate.parse(text, "bad.md", LetterTemplate.Origin.USER))
                .isInstanceOf(TemplateException.class).hasMessageContaining("titel");
    }

    @Test
    void frontMatterWithoutJurisdictionsIsRefused() {
        String text = file("x").replace("jurisdictions: [PL]\n", "");
        assertThatThrownBy(() -> LetterTemplate.parse(text, "bad.md", LetterTemplate.Origin.USER))
                .isInstanceOf(TemplateException.class).hasMessageContaining("jurisdictions");
    }

    @Test
    void markdownBecomesHeadingsListsTablesAndPageBreaks() {
        LetterTemplate t = parse("""
                # Title

                Some *italic* and **bold**.

                1. one
                2. two

                - a

                | A | B |
                |---|---|
                | 1 | 2 |

                <!-- page-break -->

                ---
                """);
        List<Block> blocks = t.compose(person("x"));
        assertThat(blocks).extracting(b -> b.getClass().getSimpleName()).containsExactly("Heading", "Paragraph",
                "ListBlock", "ListBlock", "Table", "PageBreak", "Rule");
        assertThat(((Block.Paragraph) blocks.get(1)).spans()).contains(new Span("italic", Style.ITALIC),
                new Span("bold", Style.BOLD));
        assertThat(((Block.ListBlock) blocks.get(2)).ordered()).isTrue();
        assertThat(((Block.Table) blocks.get(4)).rows()).hasSize(2);
    }

    @Test
    void listSectionsRepeatPerItem() {
        LetterTemplate t = parse("{{#person.address_lines}}{{line}};{{/person.address_lines}}\n");
        LetterValues v = LetterValues.builder().list("person.address_lines", "line", List.of("a", "b")).build();
        assertEquals("a;b;\n", t.merge(v));
    }

    @Test
    void placeholdersAreListed() {
        assertThat(parse("{{person.name}} {{#incident.malicious}}{{incident.cause}}{{/incident.malicious}}\n").placeholders())
                .containsExactly("incident.cause", "incident.malicious", "person.name");
    }
}
