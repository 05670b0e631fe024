package com.breachdesk.letters.template;

import com.breachdesk.letters.data.LetterValues;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Walks a template the way mustache will render it for one letter's values and reports the first
 * placeholder that would print nothing. A placeholder inside a section over the same (or an enclosing)
 * value is only reached when that value exists, so optional text is written as a section.
 */
final class RequiredValues {

    private RequiredValues() {
    }

    static void check(String templateId, List<Tag> tags, LetterValues values) {
        Deque<Object> scopes = new ArrayDeque<>();
        scopes.push(values.root());
        walk(templateId, tags, scopes);
    }

    private static void walk(String templateId, List<Tag> tags, Deque<Object> scopes) {
        for (Tag tag : tags) {
            Object value = resolve(tag.name(), scopes);
            switch (tag.kind()) {
                case VALUE -> {
                    if (!present(value)) {
                        throw new TemplateException(templateId, tag.line(), tag.name(), "has no value for this letter"
                                + hint(tag.name()));
                    }
                }
                case SECTION -> {
                    if (value instanceof List<?> items) {
                        for (Object item : items) {
                            scopes.push(item);
                            walk(templateId, tag.children(), scopes);
                            scopes.pop();
                        }
                    } else if (present(value)) {
                        walk(templateId, tag.children(), scopes);
                    }
                }
                case INVERTED -> {
                    if (!present(value)) {
                        walk(templateId, tag.children(), scopes);
                    }
                }
            }
        }
    }

    static boolean present(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return false;
        }
        if (value instanceof String s) {
            return !s.isBlank();
        }
        if (value instanceof List<?> l) {
            return !l.isEmpty();
        }
        return true;
    }

    private static Object resolve(String name, Deque<Object> scopes) {
        String[] parts = name.split("\\.");
        for (Object scope : scopes) {
            if (scope instanceof Map<?, ?> map && map.containsKey(parts[0])) {
                Object node = map.get(parts[0]);
                for (int i = 1; i < parts.length && node != null; i++) {
                    node = node instanceof Map<?, ?> m ? m.get(parts[i]) : null;
                }
                return node;
            }
        }
        return null;
    }

    private static String hint(String name) {
        if (name.startsWith("notice.")) {
            return " (enter it as a notice fact: breachdesk notice-facts CASE --set " + name.substring(7) + "=...)";
        }
        if (name.startsWith("organization.")) {
            return " (fill it in the organization profile)";
        }
        if (name.startsWith("incident.")) {
            return " (record it on the incident)";
        }
        if (name.startsWith("person.")) {
            return " (missing from the recipient's roster entry)";
        }
        if (name.startsWith("scope.")) {
            return " (import the roster or enter estimates in Scope)";
        }
        return "";
    }
}
