package com.breachdesk.letters.template;

import com.breachdesk.vocabulary.Coded;

/** Who a template is written for. */
public enum Audience implements Coded {
    INDIVIDUAL("individual", "Individuals"),
    REGULATOR("regulator", "Regulator"),
    ATTORNEY_GENERAL("attorney_general", "Attorney General"),
    CONSUMER_REPORTING_AGENCY("consumer_reporting_agency", "Consumer reporting agency"),
    MEDIA("media", "Media");

    private final String id;
    private final String label;

    Audience(String id, String label) {
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

    /** The rule pack's recipient type for notices to this audience. */
    public String recipientType() {
        return switch (this) {
            case INDIVIDUAL -> "individuals";
            case REGULATOR -> "regulator";
            case ATTORNEY_GENERAL -> "attorney_general";
            case CONSUMER_REPORTING_AGENCY -> "consumer_reporting_agencies";
            case MEDIA -> "media";
        };
    }

    public static Audience forRecipientType(String recipientType) {
        for (Audience a : values()) {
            if (a.recipientType().equals(recipientType)) {
                return a;
            }
        }
        throw new IllegalArgumentException("No letter audience for rule recipient type '" + recipientType + "'");
    }
}
