package com.breachdesk.letters.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads letter values from a JSON file shaped like the data model ({@code {"person": {"name": "..."}}}), for
 * rendering one letter outside a case. Every key must be a field of the data model; lists of one-field items may
 * be written as plain strings ({@code "address_lines": ["1 Main St", "Springfield"]}).
 */
public final class JsonLetterData {

    private JsonLetterData() {
    }

    public static LetterValues read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file.getFileName() + " is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file.getFileName() + " must hold a JSON object");
        }
        LetterValues.Builder b = LetterValues.builder();
        walk(file, "", root, b);
        LetterValues values = b.build();
        if (values.get("organization.address") == null && values.get("organization.address_lines") instanceof List<?> lines) {
            // the one-line address follows from the lines, as it does for a case
            b.text("organization.address", String.join(", ", lines.stream()
                    .map(l -> String.valueOf(((Map<?, ?>) l).get("line"))).toList()));
            values = b.build();
        }
        return values;
    }

    private static void walk(Path file, String prefix, JsonNode node, LetterValues.Builder b) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode value = e.getValue();
            DataField field = DataModel.field(path).orElse(null);
            if (field == null) {
                if (value.isObject() && DataModel.fields().stream().anyMatch(f -> f.path().startsWith(path + "."))) {
                    walk(file, path, value, b);
                    continue;
                }
                throw new IllegalArgumentException(file.getFileName() + ": '" + path
                        + "' is not a field of the letter data model (see docs/letter-data-model.md)");
            }
            switch (field.kind()) {
                case TEXT -> {
                    if (!value.isValueNode()) {
                        throw new IllegalArgumentException(file.getFileName() + ": '" + path + "' must be text");
                    }
                    b.text(path, value.asText());
                }
                case FLAG -> {
                    if (!value.isBoolean()) {
                        throw new IllegalArgumentException(file.getFileName() + ": '" + path + "' must be true or false");
                    }
                    b.flag(path, value.booleanValue());
                }
                case LIST -> b.items(path, items(file, path, field, value));
            }
        }
    }

    private static List<Map<String, Object>> items(Path file, String path, DataField field, JsonNode value) {
        if (!value.isArray()) {
            throw new IllegalArgumentException(file.getFileName() + ": '" + path + "' must be a list");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (JsonNode item : value) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (item.isValueNode() && field.itemFields().size() == 1) {
                m.put(field.itemFields().get(0).path(), item.asText());
            } else if (item.isObject()) {
                item.fields().forEachRemaining(f -> {
                    if (field.itemFields().stream().noneMatch(d -> d.path().equals(f.getKey()))) {
                        throw new IllegalArgumentException(file.getFileName() + ": '" + path + "' items have no field '"
                                + f.getKey() + "'");
                    }
                    m.put(f.getKey(), f.getValue().asText());
                });
            } else {
                throw new IllegalArgumentException(file.getFileName() + ": '" + path + "' has an item of the wrong shape");
            }
            out.add(Map.copyOf(m));
        }
        return out;
    }
}
