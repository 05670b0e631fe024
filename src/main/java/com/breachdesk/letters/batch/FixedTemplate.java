package com.breachdesk.letters.batch;

import com.breachdesk.letters.template.LetterTemplate;

import java.util.List;

/** Every recipient gets the same template (the user chose it). */
public final class FixedTemplate implements TemplateAssignment {

    private final Assignment assignment;

    public FixedTemplate(LetterTemplate template) {
        this.assignment = new Assignment(template, List.of(), template.header().label() + " chosen by the user");
    }

    @Override
    public TemplateDecision decide(String jurisdiction, String language) {
        return assignment;
    }

    @Override
    public String label() {
        return assignment.template().id();
    }
}
