package com.breachdesk.letters.template;

import com.breachdesk.letters.data.LetterLanguage;
import com.breachdesk.letters.data.LetterValues;
import com.breachdesk.letters.model.Block;
import com.github.mustachejava.Mustache;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;


/**
 * One letter template: checked front matter, and a Markdown body with mustache placeholders that has been
 * checked against the data model. Thread-safe: one instance renders letters on all worker threads.
 */
public final class LetterTemplate {

    /** Where a template came from. */
    public enum Origin { SHIPPED, USER }

    private final TemplateHeader header;
    private final String body;
    private final int bodyFirstLine;
    private final Origin origin;
    private final String sourceName;
    private final String sha256;
    private final String text;
    private final Mustache mustache;
    private final List<Tag> tags;
    private final boolean splittable;

    private LetterTemplate(TemplateHeader header, String body, int bodyFirstLine, Origin origin, String sourceName,
                           String sha256, String text, Mustache mustache, List<Tag> tags) {
        this.header = header;
        this.body = body;
        this.bodyFirstLine = bodyFirstLine;
        this.origin = origin;
        this.sourceName = sourceName;
        this.sha256 = sha256;
        this.text = text;
        this.mustache = mustache;
        this.tags = tags;
        this.splittable = MarkdownBlocks.splittable(body);
    }

    /** Parses and checks a template file's text; {@code sourceName} names it in errors until its id is known. */
    public static LetterTemplate parse(String text, String sourceName, Origin origin) {
        FrontMatter.Split split = FrontMatter.split(sourceName, text);
        String id = split.header().id();
        MustacheCompiler.Compiled compiled = MustacheCompiler.compile(id, split.body(), split.bodyFirstLine());
        PlaceholderCheck.check(id, compiled.tags());
        MarkdownBlocks.check(id, split.body(), split.bodyFirstLine());
        return new LetterTemplate(split.header(), split.body(), split.bodyFirstLine(), origin, sourceName,
                sha256(text), text, compiled.mustache(), compiled.tags());
    }

    public TemplateHeader header() {
        return header;
    }

    public String id() {
        return header.id();
    }

    public int version() {
        return header.version();
    }

    public LetterLanguage language() {
        return LetterLanguage.of(header.language());
    }

    public Origin origin() {
        return origin;
    }

    public String sourceName() {
        return sourceName;
    }

    /** SHA-256 of the template file: two templates with one id and version but different words differ here. */
    public String sha256() {
        return sha256;
    }

    /** The whole template file as it was read (front matter and body): what a case's review draft starts from. */
    public String text() {
        return text;
    }

    public String body() {
        return body;
    }

    /** Throws {@link TemplateException} naming the line and field of the first placeholder without a value. */
    public void checkValues(LetterValues values) {
        RequiredValues.check(id(), tags, values);
    }

    /** The Markdown of one letter: placeholders replaced by their values, escaped so they print literally. */
    public String merge(LetterValues values) {
        checkValues(values);
        StringWriter out = new StringWriter(body.length() + 512);
        mustache.execute(out, List.<Object>of(values.root()));
        return out.toString();
    }

    /** The blocks of one letter, ready for layout. */
    public List<Block> compose(LetterValues values) {
        String markdown = merge(values);
        return splittable ? MarkdownBlocks.parseInChunks(markdown) : MarkdownBlocks.parse(markdown);
    }

    /** Names of the placeholders the template uses (for the UI and documentation). */
    public List<String> placeholders() {
        return tags.stream().flatMap(LetterTemplate::names).distinct().sorted().toList();
    }

    private static java.util.stream.Stream<String> names(Tag t) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(t.name()), t.children().stream().flatMap(LetterTemplate::names));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return header.label() + " (" + origin.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

}
