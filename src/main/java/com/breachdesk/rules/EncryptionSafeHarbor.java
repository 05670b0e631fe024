package com.breachdesk.rules;

/** Encrypted data is exempt when {@code applies}; the exemption is lost with the key when {@code voidedIfKeyCompromised}. */
public record EncryptionSafeHarbor(boolean applies, boolean voidedIfKeyCompromised) {
}
