package com.breachdesk.jurisdiction;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a person is resident for breach-law purposes: an ISO 3166-1 alpha-2 country ({@code UA}) or an
 * ISO 3166-2 subdivision ({@code US-CA}), or unresolved (null) — never a guess.
 */
public record Resolution(String jurisdiction, ResolutionMethod method, Confidence confidence) {

    public static final String UNKNOWN = "unknown";

    private static final Resolution UNRESOLVED = new Resolution(null, ResolutionMethod.UNRESOLVED, Confidence.NONE);

    public Resolution {
        Objects.requireNonNull(method);
        Objects.requireNonNull(confidence);
        if ((jurisdiction == null) != (method == ResolutionMethod.UNRESOLVED)) {
            throw new IllegalArgumentException("A resolution has a jurisdiction exactly when it is resolved");
        }
    }

    public static Resolution unresolved() {
        return UNRESOLVED;
    }

    public static Resolution manual(String jurisdiction) {
        return new Resolution(Jurisdictions.requireValid(jurisdiction), ResolutionMethod.MANUAL, Confidence.HIGH);
    }

    public boolean resolved() {
        return jurisdiction != null;
    }

    public Optional<String> country() {
        return resolved() ? Optional.of(jurisdiction.substring(0, 2)) : Optional.empty();
    }

    /** The jurisdiction, or {@code unknown}. */
    public String display() {
        return resolved() ? jurisdiction : UNKNOWN;
    }
}
