package com.breachdesk.letters.batch;

/** Recipients who share a jurisdiction ("" = not known) and a language ("" = not recorded): they get the same template. */
public record RecipientGroup(String jurisdiction, String language, long people) {

    public RecipientGroup {
        jurisdiction = jurisdiction == null ? "" : jurisdiction;
        language = language == null ? "" : language;
    }
}
