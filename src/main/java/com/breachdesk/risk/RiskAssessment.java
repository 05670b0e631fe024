package com.breachdesk.risk;

import java.util.Objects;

/** The computed result and the responder's override, both kept; the effective values prefer the override. */
public record RiskAssessment(RiskResult computed, RiskOverride override) {

    public RiskAssessment {
        Objects.requireNonNull(computed);
        override = override == null ? RiskOverride.NONE : override;
    }

    public RiskLevel level() {
        return override.level() != null ? override.level() : computed.level();
    }

    public Boolean notifyAuthority() {
        if (override.notifyAuthority() != null) {
            return override.notifyAuthority();
        }
        if (override.level() != null) {
            return override.level().atLeast(RiskLevel.RISK);
        }
        return computed.notifyAuthority();
    }

    public Boolean notifyIndividuals() {
        if (override.notifyIndividuals() != null) {
            return override.notifyIndividuals();
        }
        if (override.level() != null) {
            return override.level() == RiskLevel.HIGH && computed.exemptions().isEmpty();
        }
        return computed.notifyIndividuals();
    }

    public boolean overridden() {
        return override.present();
    }
}
