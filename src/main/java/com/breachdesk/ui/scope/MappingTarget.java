package com.breachdesk.ui.scope;

import com.breachdesk.rosterimport.RosterField;
import com.breachdesk.vocabulary.DataCategory;

/** What one column of a roster file becomes: nothing, a person's field, or evidence of an exposed data category. */
public sealed interface MappingTarget {

    String label();

    record Ignore() implements MappingTarget {
        @Override
        public String label() {
            return "— not imported";
        }
    }

    record Field(RosterField field) implements MappingTarget {
        @Override
        public String label() {
            return field.label();
        }
    }

    /** A column whose non-empty value shows the category was exposed; the value itself is never stored. */
    record Exposes(DataCategory category) implements MappingTarget {
        @Override
        public String label() {
            return "Shows exposure of: " + category.label();
        }
    }

    MappingTarget IGNORE = new Ignore();
}
