package com.breachdesk.letters.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of one letter, nested the way mustache reads dotted names ({@code person.name} is key
 * {@code name} of map {@code person}). Missing facts are absent, never empty strings, so a section over a
 * missing value is skipped and a plain placeholder over it is reported as missing.
 */
public final class LetterValues {

    /** The class of the maps {@link Builder#build} makes; the builder's own working maps are always HashMaps. */
    private static final Class<?> FROZEN = Collections.unmodifiableMap(new HashMap<>()).getClass();

    private final Map<String, Object> root;

    private LetterValues(Map<String, Object> root) {
        this.root = root;
    }

    public Map<String, Object> root() {
        return Collections.unmodifiableMap(root);
    }

    /** The value at a dotted path, or null. */
    public Object get(String path) {
        Object node = root;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(part);
        }
        return node;
    }

    /**
     * Feeds every value into {@code digest} in a canonical order (keys sorted at every level, each string
     * length-prefixed), so equal values give equal digests whatever order they were built in.
     */
    public void digestInto(java.security.MessageDigest digest) {
        digest(root, digest);
    }

    private static void digest(Object value, java.security.MessageDigest md) {
        if (value instanceof Map<?, ?> map) {
            md.update((byte) '{');
            Object[] keys = map.keySet().toArray();
            java.util.Arrays.sort(keys);
            for (Object k : keys) {
                digestString(String.valueOf(k), md);
                digest(map.get(k), md);
            }
            md.update((byte) '}');
        } else if (value instanceof List<?> list) {
            md.update((byte) '[');
            for (Object item : list) {
                digest(item, md);
            }
            md.update((byte) ']');
        } else if (value instanceof Boolean b) {
            md.update(b ? (byte) 'T' : (byte) 'F');
        } else {
            md.update((byte) 's');
            digestString(String.valueOf(value), md);
        }
    }

    private static void digestString(String s, java.security.MessageDigest md) {
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        md.update((byte) (bytes.length >>> 24));
        md.update((byte) (bytes.length >>> 16));
        md.update((byte) (bytes.length >>> 8));
        md.update((byte) bytes.length);
        md.update(bytes);
    }

    public static Builder builder() {
        return new Builder(new HashMap<>());
    }

    /** Starts from shared values (the case's), copying only the maps it changes. */
    public static Builder builder(LetterValues base) {
        Map<String, Object> copy = new HashMap<>(base.root);
        return new Builder(copy);
    }

    public static final class Builder {
        private final Map<String, Object> root;

        private Builder(Map<String, Object> root) {
            this.root = root;
        }

        /** Sets a text value; null or blank leaves the field absent. */
        public Builder text(String path, String value) {
            if (value != null && !value.isBlank()) {
                put(path, value.strip());
            }
            return this;
        }

        /** Sets a flag; false leaves it absent (mustache treats absent as false). */
        public Builder flag(String path, boolean value) {
            if (value) {
                put(path, Boolean.TRUE);
            }
            return this;
        }

        /** A list of single-field items ({@code [{line: ...}, ...]}); blank entries are dropped. */
        public Builder list(String path, String itemField, List<String> values) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    items.add(Map.of(itemField, v.strip()));
                }
            }
            if (!items.isEmpty()) {
                put(path, List.copyOf(items));
            }
            return this;
        }

        public Builder items(String path, List<Map<String, Object>> items) {
            if (!items.isEmpty()) {
                put(path, List.copyOf(items));
            }
            return this;
        }

        @SuppressWarnings("unchecked")
        private void put(String path, Object value) {
            String[] parts = path.split("\\.");
            Map<String, Object> node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                Object child = node.get(parts[i]);
                Map<String, Object> copy = child instanceof Map<?, ?> m ? new HashMap<>((Map<String, Object>) m) : new HashMap<>();
                node.put(parts[i], copy);
                node = copy;
            }
            node.put(parts[parts.length - 1], value);
        }

        public LetterValues build() {
            return new LetterValues(freeze(root));
        }

        /**
         * Copies the builder's own maps into unmodifiable ones. Maps taken unchanged from a base are frozen already
         * and are shared, not copied again: a batch builds each letter's values from the case's.
         */
        @SuppressWarnings("unchecked")
        private static Map<String, Object> freeze(Map<String, Object> map) {
            Map<String, Object> out = new HashMap<>();
            map.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> m && m.getClass() != FROZEN
                    ? freeze((Map<String, Object>) m) : v));
            return Collections.unmodifiableMap(out);
        }
    }
}
