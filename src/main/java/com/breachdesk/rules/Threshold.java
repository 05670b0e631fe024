package com.breachdesk.rules;

import java.util.Objects;

/**
 * A count condition exactly as the statute words it: "more than 500" is {@code > 500}, "500 or more" is
 * {@code >= 500}, "fewer than 500" is {@code < 500}. {@code perSubdivision}: the count is taken separately in each
 * subdivision of the rule's jurisdiction (HIPAA media notice: "more than 500 residents of a State"), and the rule
 * applies in each subdivision that meets it.
 */
public record Threshold(Op op, long count, boolean perSubdivision) {

    public enum Op {
        GT(">"), GE(">="), LT("<"), LE("<=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public static Op parse(String symbol) {
            for (Op op : values()) {
                if (op.symbol.equals(symbol)) {
                    return op;
                }
            }
            throw new IllegalArgumentException("unknown comparison '" + symbol + "' (use >, >=, < or <=)");
        }

        public boolean isLowerBound() {
            return this == GT || this == GE;
        }
    }

    public Threshold {
        Objects.requireNonNull(op, "op");
        if (count < 0) {
            throw new IllegalArgumentException("a threshold count cannot be negative");
        }
    }

    public boolean test(long n) {
        return switch (op) {
            case GT -> n > count;
            case GE -> n >= count;
            case LT -> n < count;
            case LE -> n <= count;
        };
    }

    /** "more than 500", "500 or more", "fewer than 500", "500 or fewer". */
    public String words() {
        String c = String.format(java.util.Locale.ROOT, "%,d", count);
        return switch (op) {
            case GT -> "more than " + c;
            case GE -> c + " or more";
            case LT -> "fewer than " + c;
            case LE -> c + " or fewer";
        };
    }
}
