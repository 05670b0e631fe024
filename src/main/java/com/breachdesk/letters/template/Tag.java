package com.breachdesk.letters.template;

import java.util.List;

/** One mustache tag of a template, with the line it is on and (for sections) the tags inside it. */
record Tag(Kind kind, String name, int line, List<Tag> children) {

    enum Kind { VALUE, SECTION, INVERTED }

    Tag {
        children = List.copyOf(children);
    }
}
