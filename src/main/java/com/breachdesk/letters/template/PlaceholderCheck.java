package com.breachdesk.letters.template;

import com.breachdesk.letters.data.DataField;
import com.breachdesk.letters.data.DataModel;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks every placeholder of a template against the data model: unknown names, a group printed as text,
 * and a yes/no flag printed as text are errors raised when the template is loaded.
 */
final class PlaceholderCheck {

    private PlaceholderCheck() {
    }

    static void check(String templateId, List<Tag> tags) {
        walk(templateId, tags, new ArrayDeque<>());
    }

    private static void walk(String templateId, List<Tag> tags, Deque<DataField> lists) {
        for (Tag tag : tags) {
            DataField field = resolve(tag.name(), lists).orElseThrow(() -> new TemplateException(templateId,
                    tag.line(), tag.name(), "unknown placeholder" + suggestion(tag.name(), lists)
                            + ". The fields are listed in docs/letter-data-model.md"));
            switch (tag.kind()) {
                case VALUE -> {
                    if (field.kind() == DataField.Kind.LIST) {
                        throw new TemplateException(templateId, tag.line(), tag.name(), "is a list; print its items "
                                + "inside {{#" + tag.name() + "}}...{{/" + tag.name() + "}}");
                    }
                    if (field.kind() == DataField.Kind.FLAG) {
                        throw new TemplateException(templateId, tag.line(), tag.name(), "is a yes/no flag; use it as "
                                + "a section {{#" + tag.name() + "}}...{{/" + tag.name() + "}}");
                    }
                }
                case SECTION -> {
                    if (field.kind() == DataField.Kind.LIST) {
                        lists.push(field);
                        walk(templateId, tag.children(), lists);
                        lists.pop();
                    } else {
                        walk(templateId, tag.children(), lists);
                    }
                }
                case INVERTED -> walk(templateId, tag.children(), lists);
            }
        }
    }

    /** Names inside a list section are looked up in the item first, then outwards, as mustache does. */
    private static Optional<DataField> resolve(String name, Deque<DataField> lists) {
        for (DataField list : lists) {
            for (DataField item : list.itemFields()) {
                if (item.path().equals(name)) {
                    return Optional.of(item);
                }
            }
        }
        return DataModel.field(name);
    }

    private static String suggestion(String name, Deque<DataField> lists) {
        Map<String, DataField> candidates = DataModel.fields().stream()
                .collect(Collectors.toMap(DataField::path, Function.identity()));
        for (DataField list : lists) {
            list.itemFields().forEach(f -> candidates.put(f.path(), f));
        }
        return candidates.keySet().stream()
                .min(Comparator.comparingInt(c -> distance(c, name)))
                .filter(c -> distance(c, name) <= Math.max(2, name.length() / 4))
                .map(c -> " (did you mean {{" + c + "}}?)").orElse("");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
