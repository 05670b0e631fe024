package com.breachdesk.handover;

import com.breachdesk.vocabulary.Coded;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading values out of an export, with errors that name the section and field. */
final class JsonValues {

    private JsonValues() {
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String required(JsonNode node, String field, String where) {
        String v = text(node, field);
        if (v == null) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" is missing");
        }
        return v;
    }

    static Instant instant(JsonNode node, String field) {
        String v = text(node, field);
        try {
            return v == null ? null : Instant.parse(v);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("\"" + field + "\": '" + v + "' is not an ISO-8601 instant", e);
        }
    }

    static Instant requiredInstant(JsonNode node, String field, String where) {
        required(node, field, where);
        try {
            return instant(node, field);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    /** A required vocabulary id; one the vocabulary does not have is refused with where it was. */
    static <E extends Enum<E> & Coded> E coded(Class<E> type, JsonNode node, String field, String where) {
        String v = required(node, field, where);
        try {
            return Coded.parse(type, v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": \"" + field + "\": " + e.getMessage(), e);
        }
    }

    static Long longOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asLong();
    }

    static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = node.get(field);
        if (v != null) {
            v.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    /** An object of text values (null members skipped), in document order. */
    static Map<String, String> textMap(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("expected an object, found " + node.getNodeType());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNull()) {
                out.put(e.getKey(), e.getValue().asText());
            }
        }
        return out;
    }
}
