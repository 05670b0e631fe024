package com.breachdesk.rules;

import java.util.Objects;

/** Who receives a notice; {@code name} is required for {@link RecipientType#OTHER}. */
public record Recipient(RecipientType type, String name) {

    public Recipient {
        Objects.requireNonNull(type, "type");
    }

    public String displayName() {
        return name != null && !name.isBlank() ? name : type.label();
    }
}
