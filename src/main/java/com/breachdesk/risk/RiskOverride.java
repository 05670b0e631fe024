package com.breachdesk.risk;

/**
 * The responder's own decision where it differs from the computed one, with the reason they recorded. Any null
 * component keeps the computed value.
 */
public record RiskOverride(RiskLevel level, Boolean notifyAuthority, Boolean notifyIndividuals, String justification) {

    public static final RiskOverride NONE = new RiskOverride(null, null, null, null);

    public RiskOverride {
        boolean any = level != null || notifyAuthority != null || notifyIndividuals != null;
        if (any && (justification == null || justification.isBlank())) {
            throw new IllegalArgumentException("An override needs a recorded justification");
        }
    }

    public boolean present() {
        return level != null || notifyAuthority != null || notifyIndividuals != null;
    }
}
