package com.breachdesk.risk;

import com.breachdesk.vocabulary.Coded;

/** How any passwords in the breached data were stored. */
public enum CredentialProtection implements Coded {
    NONE("none", "No passwords involved"),
    PLAINTEXT("plaintext", "Plaintext (or reversibly encrypted)"),
    SALTED_HASH("salted_hash", "Salted hash");

    private final String id;
    private final String label;

    CredentialProtection(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }
}
