package com.breachdesk.vocabulary;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A value with a stable id (stored in case files, rule packs, JSON and the CLI) and a label for people.
 * Ids never change once released; labels may.
 */
public interface Coded {

    String id();

    String label();

    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equals(wanted)).findFirst();
    }

    static <E extends Enum<E> & Coded> E parse(Class<E> type, String id) {
        return find(type, id).orElseThrow(() -> new IllegalArgumentException(
                "Unknown " + type.getSimpleName() + " '" + id + "'. Known: "
                        + Arrays.stream(type.getEnumConstants()).map(Coded::id).collect(Collectors.joining(", "))));
    }

    /** Parses a comma-separated list of ids; blank means empty. */
    static <E extends Enum<E> & Coded> EnumSet<E> parseSet(Class<E> type, String ids) {
        EnumSet<E> out = EnumSet.noneOf(type);
        if (ids != null && !ids.isBlank()) {
            for (String id : ids.split(",")) {
                if (!id.isBlank()) {
                    out.add(parse(type, id));
                }
            }
        }
        return out;
    }

    /** Comma-separated ids in declaration order, or null for an empty set (stored as "no value"). */
    static String joinIds(Collection<? extends Coded> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().sorted((a, b) -> ((Enum<?>) a).ordinal() - ((Enum<?>) b).ordinal())
                .map(Coded::id).collect(Collectors.joining(","));
    }

    static Set<String> ids(Class<? extends Coded> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::id).collect(Collectors.toUnmodifiableSet());
    }
}
