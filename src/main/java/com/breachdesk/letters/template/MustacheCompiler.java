package com.breachdesk.letters.template;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;

import java.io.StringReader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a template body with mustache.java and records every tag with its line, so placeholders can be
 * checked against the data model before anything is rendered. Values are escaped for Markdown on output;
 * the forms that would print data unescaped ({@code {{{x}}}}, {@code {{&x}}}) and partials are refused.
 */
final class MustacheCompiler {

    record Compiled(Mustache mustache, List<Tag> tags) {
    }

    private MustacheCompiler() {
    }

    static Compiled compile(String templateId, String body, int firstLine) {
        Recorder recorder = new Recorder();
        Factory factory = new Factory(recorder);
        Mustache mustache;
        try {
            mustache = factory.compile(new StringReader(body), templateId);
        } catch (MustacheException e) {
            throw new TemplateException(templateId, 0, null, "the placeholders do not parse: " + e.getMessage());
        }
        if (!recorder.problems.isEmpty()) {
            Recorder.Problem p = recorder.problems.get(0);
            throw new TemplateException(templateId, p.line + firstLine - 1, p.name, p.message);
        }
        return new Compiled(mustache, tags(mustache.getCodes(), recorder, firstLine));
    }

    private static List<Tag> tags(Code[] codes, Recorder recorder, int firstLine) {
        List<Tag> out = new ArrayList<>();
        if (codes == null) {
            return out;
        }
        for (Code code : codes) {
            Recorder.Info info = recorder.info.get(code);
            if (info == null) {
                continue;
            }
            List<Tag> children = info.kind == Tag.Kind.VALUE ? List.of() : tags(code.getCodes(), recorder, firstLine);
            out.add(new Tag(info.kind, info.name, info.line + firstLine - 1, children));
        }
        return out;
    }

    /** Writes values escaped for Markdown, and hands out recording visitors. */
    private static final class Factory extends DefaultMustacheFactory {
        private final Recorder recorder;

        Factory(Recorder recorder) {
            this.recorder = recorder;
        }

        @Override
        public MustacheVisitor createMustacheVisitor() {
            return new RecordingVisitor(this, recorder);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(MarkdownText.escape(value));
            } catch (java.io.IOException e) {
                throw new MustacheException("Failed to write a value", e);
            }
        }
    }

    private static final class Recorder {
        record Info(Tag.Kind kind, String name, int line) {
        }

        record Problem(int line, String name, String message) {
        }

        final Map<Code, Info> info = new IdentityHashMap<>();
        final List<Problem> problems = new ArrayList<>();
    }

    private static final class RecordingVisitor extends DefaultMustacheVisitor {
        private final Recorder recorder;

        RecordingVisitor(DefaultMustacheFactory factory, Recorder recorder) {
            super(factory);
            this.recorder = recorder;
        }

        private void recordLast(Tag.Kind kind, String name, TemplateContext tc) {
            recorder.info.put(list.get(list.size() - 1), new Recorder.Info(kind, name.strip(), tc.line()));
        }

        @Override
        public void value(TemplateContext tc, String variable, boolean encoded) {
            if (!encoded) {
                recorder.problems.add(new Recorder.Problem(tc.line(), variable.strip(),
                        "prints data without escaping; write {{" + variable.strip() + "}} so names print exactly as written"));
            }
            super.value(tc, variable, encoded);
            recordLast(Tag.Kind.VALUE, variable, tc);
        }

        @Override
        public void iterable(TemplateContext tc, String variable, Mustache mustache) {
            super.iterable(tc, variable, mustache);
            recordLast(Tag.Kind.SECTION, variable, tc);
        }

        @Override
        public void notIterable(TemplateContext tc, String variable, Mustache mustache) {
            super.notIterable(tc, variable, mustache);
            recordLast(Tag.Kind.INVERTED, variable, tc);
        }

        @Override
        public void partial(TemplateContext tc, String variable, String indent) {
            refuse(tc, variable, "partials ({{>...}}) are not supported: a template is one file");
        }

        @Override
        public void dynamicPartial(TemplateContext tc, String variable, String indent) {
            refuse(tc, variable, "partials are not supported: a template is one file");
        }

        @Override
        public void extend(TemplateContext tc, String variable, Mustache mustache) {
            refuse(tc, variable, "template inheritance ({{<...}}) is not supported");
        }

        @Override
        public void name(TemplateContext tc, String variable, Mustache mustache) {
            refuse(tc, variable, "blocks ({{$...}}) are not supported");
        }

        @Override
        public void checkName(TemplateContext tc, String variable, Mustache mustache) {
            refuse(tc, variable, "blocks ({{?...}}) are not supported");
        }

        @Override
        public void pragma(TemplateContext tc, String pragma, String args) {
            refuse(tc, pragma, "pragmas ({{%...}}) are not supported");
        }

        private void refuse(TemplateContext tc, String name, String message) {
            recorder.problems.add(new Recorder.Problem(tc.line(), name == null ? null : name.strip(), message));
        }
    }
}
