package com.breachdesk.review;

import com.breachdesk.letters.template.LetterTemplate;
import com.breachdesk.letters.template.TemplateCatalog;

/** Shipped templates and edits of them for review tests. */
final class ReviewFixture {

    static final TemplateCatalog CATALOG = TemplateCatalog.shipped();
    static final String CA = "us-ca-individual";

    private ReviewFixture() {
    }

    static LetterTemplate template(String id) {
        return CATALOG.require(id);
    }

    /** The template's text with one sentence reworded. */
    static String reworded(String text, String marker) {
        String sentence = "This notice explains what happened";
        if (!text.contains(sentence)) {
            throw new IllegalStateException("The fixture sentence is not in the template any more");
        }
        return text.replace(sentence, marker + " This notice explains what happened");
    }
}
