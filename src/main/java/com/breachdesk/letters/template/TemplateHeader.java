package com.breachdesk.letters.template;

import java.util.List;
import java.util.Objects;

/**
 * The front matter of a template: what it is, whom it is for, where and in which language it is used,
 * and which rules' content requirements it was reviewed against.
 *
 * @param satisfies     rule ids whose content requirements this template meets
 * @param citation      the provisions it was reviewed against, as legal would write them
 * @param lastReviewed  ISO date of that review
 */
public record TemplateHeader(String id, int version, Audience audience, List<String> jurisdictions, String language,
                             String title, List<String> satisfies, String phase, String citation,
                             String lastReviewed, String description) {

    public TemplateHeader {
        Objects.requireNonNull(id);
        Objects.requireNonNull(audience);
        jurisdictions = List.copyOf(jurisdictions);
        satisfies = List.copyOf(satisfies);
    }

    /** Template version as people refer to it: {@code us-ca-individual v2}. */
    public String label() {
        return id + " v" + version;
    }
}
