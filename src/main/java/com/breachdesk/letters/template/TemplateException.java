package com.breachdesk.letters.template;

/**
 * A template or its data cannot make a correct letter. The message names the template, the line and
 * the field, and is raised before any file is written.
 */
public final class TemplateException extends IllegalArgumentException {

    private final String templateId;
    private final int line;
    private final String field;

    public TemplateException(String templateId, int line, String field, String problem) {
        super(describe(templateId, line, field, problem));
        this.templateId = templateId;
        this.line = line;
        this.field = field;
    }

    private static String describe(String templateId, int line, String field, String problem) {
        StringBuilder sb = new StringBuilder("Template ").append(templateId);
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (field != null) {
            sb.append(", {{").append(field).append("}}");
        }
        return sb.append(": ").append(problem).toString();
    }

    public String templateId() {
        return templateId;
    }

    /** 1-based line in the template file; 0 when the problem is not on one line. */
    public int line() {
        return line;
    }

    /** The placeholder concerned, or null. */
    public String field() {
        return field;
    }
}
