package com.breachdesk.incident;

import com.breachdesk.vocabulary.Coded;

/** Whether the breached data was encrypted, and whether its key is still safe. */
public enum Encryption implements Coded {
    NONE("none", "Not encrypted"),
    ENCRYPTED_KEY_SAFE("encrypted_key_safe", "Encrypted, key safe"),
    ENCRYPTED_KEY_COMPROMISED("encrypted_key_compromised", "Encrypted, key compromised");

    private final String id;
    private final String label;

    Encryption(String id, String label) {
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
