package com.breachdesk.incident;

import com.breachdesk.vocabulary.Coded;

/** What kind of incident this is. */
public enum IncidentType implements Coded {
    RANSOMWARE("ransomware", "Ransomware"),
    EXFILTRATION_HACKING("exfiltration_hacking", "Exfiltration / hacking"),
    CREDENTIAL_STUFFING("credential_stuffing", "Credential stuffing"),
    LOST_STOLEN_DEVICE("lost_stolen_device", "Lost or stolen device"),
    MISDIRECTED_COMMUNICATION("misdirected_communication", "Misdirected mail or email"),
    INSIDER_MISUSE("insider_misuse", "Insider misuse"),
    ACCIDENTAL_PUBLICATION("accidental_publication", "Accidental publication"),
    OTHER("other", "Other");

    private final String id;
    private final String label;

    IncidentType(String id, String label) {
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
