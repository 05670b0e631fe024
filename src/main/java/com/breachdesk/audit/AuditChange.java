package com.breachdesk.audit;

import java.util.Objects;

/**
 * One change to the case, as it enters the audit trail. {@code field} names the changed attribute
 * (null for changes that are not about one attribute, such as an import); {@code oldValue} and
 * {@code newValue} are the stored text of that attribute before and after.
 */
public record AuditChange(String action, String entity, String entityId, String field,
                          String oldValue, String newValue) {

    public AuditChange {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityId, "entityId");
    }

    public static AuditChange fieldChange(String entity, String entityId, String field,
                                          String oldValue, String newValue) {
        return new AuditChange(oldValue == null ? "set" : "update", entity, entityId, field, oldValue, newValue);
    }

    /** The key under which {@link AuditedState} reports the attribute this change wrote. */
    public String stateKey() {
        return AuditedState.key(entity, entityId, field);
    }
}
