package com.breachdesk.letters.batch;

import com.breachdesk.letters.data.NoticeObligation;
import com.breachdesk.letters.template.LetterTemplate;

import java.util.List;

/** The template a recipient gets, the obligations the letter fulfils, and why this template. */
public record Assignment(LetterTemplate template, List<NoticeObligation> fulfils, String explanation)
        implements TemplateDecision {

    public Assignment {
        fulfils = List.copyOf(fulfils);
    }
}
