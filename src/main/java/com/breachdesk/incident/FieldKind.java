package com.breachdesk.incident;

/** How a stored text field is interpreted and entered. */
public enum FieldKind {
    TEXT, LONG_TEXT, MOMENT, CHOICE, CHOICES, YES_NO, COUNT
}
