package com.breachdesk.risk;

import com.breachdesk.incident.Incident;
import com.breachdesk.incident.IncidentField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ENISA (2013) severity: SE = DPC x EI + CB, mapped to unlikely / risk / high. */
class RiskAssessorTest {

    private final RiskAssessor assessor = new RiskAssessor();

    private static Incident incident(String categories, String nature, String intent, String exfiltration, String encryption,
                                     String recovered) {
        Map<IncidentField, String> v = new EnumMap<>(IncidentField.class);
        v.put(IncidentField.DATA_CATEGORIES, categories);
        v.put(IncidentField.NATURE, nature);
        v.put(IncidentField.INTENT, intent);
        v.put(IncidentField.EXFILTRATION, exfiltration);
        v.put(IncidentField.ENCRYPTION, encryption);
        v.put(IncidentField.DATA_RECOVERED, recovered);
        return new Incident(v);
    }

    @ParameterizedTest(name = "{0}: SE {6} -> {7}")
    @CsvSource(delimiter = '|', textBlock = """
            Customer list sent to one wrong recipient       | name,email        | confidentiality | accidental | confirmed | none | 1.25 | unlikely
            Call records stolen by an attacker              | name,call_metadata | confidentiality | malicious | confirmed | none | 3.00 | high
            Health records exposed, not taken               | name,health       | confidentiality | accidental | ruled_out | none | 4.00 | high
            Card numbers misdirected to known recipients    | name,payment_card | confidentiality | accidental | confirmed | none | 3.25 | high
            Encrypted laptop stolen, key safe               | name,health       | confidentiality | malicious  | confirmed | encrypted_key_safe | 2.00 | risk
            Billing data altered, not recovered             | billing_address   | integrity       | accidental | ruled_out | none | 1.50 | unlikely
            """)
    void scoresLikeTheMethodology(String label, String categories, String nature, String intent, String exfiltration,
                                  String encryption, double score, String level) {
        RiskResult r = assessor.assess(incident(categories, nature, intent, exfiltration, encryption, "false"), RiskFactors.none(), 100);
        assertThat(r.score()).as(label + ": " + r.reasons()).isEqualTo(score);
        assertThat(r.level().id()).as(label).isEqualTo(level);
    }

    @Test
    void unknownDataCategoriesMeanNoAssessmentRatherThanALowOne() {
        RiskResult r = assessor.assess(incident(null, "confidentiality", "malicious", "confirmed", "none", null), RiskFactors.none(), 0);
        assertThat(r.level()).isNull();
        assertThat(r.missing()).singleElement().asString().contains("data_categories");
    }

    @Test
    void vulnerablePeopleRaiseTheDataScoreByOne() {
        Incident i = incident("name,email", "confidentiality", "accidental", "confirmed", "none", "false");
        RiskFactors vulnerable = new RiskFactors(null, true, null, null, null, null, null, null);
        assertThat(assessor.assess(i, vulnerable, 10).score()).isEqualTo(2.25);
    }

    @Test
    void publicationCountsAsDisclosureToAnUnknownNumberOfRecipients() {
        Incident i = incident("name,email", "confidentiality", "accidental", "confirmed", "none", "false");
        RiskFactors published = new RiskFactors(null, null, null, null, null, true, null, null);
        assertThat(assessor.assess(i, published, 10).score()).isEqualTo(1.5);
    }

    @Test
    void saltedHashedPasswordsDoNotRaiseTheDataScore() {
        Incident i = incident("email,account_credentials", "confidentiality", "accidental", "confirmed", "none", "false");
        assertThat(assessor.assess(i, RiskFactors.none(), 10).score()).isEqualTo(3.25);
        RiskFactors hashed = new RiskFactors(null, null, null, null, null, null, CredentialProtection.SALTED_HASH, null);
        assertThat(assessor.assess(i, hashed, 10).score()).isEqualTo(1.25);
    }

    @Test
    void recordedEaseOfIdentificationReplacesTheDerivedOne() {
        Incident i = incident("ip_address", "confidentiality", "accidental", "confirmed", "none", "false");
        RiskFactors limited = new RiskFactors(EaseOfIdentification.LIMITED, null, null, null, null, null, null, null);
        assertThat(assessor.assess(i, limited, 10).score()).isEqualTo(1.25);
        assertThat(assessor.assess(i, RiskFactors.none(), 10).score()).isEqualTo(1.75);
    }

    @Test
    void availabilityRestoredFromBackupIsTemporary() {
        Incident i = incident("name", "availability", "malicious", "ruled_out", "none", "false");
        RiskFactors restored = new RiskFactors(null, null, 6L, null, null, null, null, null);
        assertThat(assessor.assess(i, restored, 10).score()).isEqualTo(1.75);
        assertThat(assessor.assess(i, RiskFactors.none(), 10).score()).isEqualTo(2.0);
    }

    @Test
    void highRiskMeansTellingPeopleUnlessTheDataWasRecovered() {
        Incident stolen = incident("name,health", "confidentiality", "malicious", "confirmed", "none", "false");
        RiskResult r = assessor.assess(stolen, RiskFactors.none(), 10);
        assertThat(r.notifyAuthority()).isTrue();
        assertThat(r.notifyIndividuals()).isTrue();
        Incident recovered = incident("name,health", "confidentiality", "malicious", "confirmed", "none", "true");
        RiskResult exempt = assessor.assess(recovered, RiskFactors.none(), 10);
        assertThat(exempt.notifyIndividuals()).isFalse();
        assertThat(exempt.exemptions()).singleElement().asString().startsWith("Art. 34(3)(b)");
    }

    @Test
    void disproportionateEffortMeansAPublicCommunication() {
        Incident stolen = incident("name,health", "confidentiality", "malicious", "confirmed", "none", "false");
        RiskFactors effort = new RiskFactors(null, null, null, null, null, null, null, true);
        assertThat(assessor.assess(stolen, effort, 10).reasons()).anyMatch(s -> s.startsWith("Art. 34(3)(c)"));
    }

    @Test
    void anOverrideKeepsTheComputedValueBesideIt() {
        RiskResult computed = assessor.assess(incident("name", "confidentiality", "accidental", "ruled_out", "none", "false"),
                RiskFactors.none(), 1);
        RiskAssessment a = new RiskAssessment(computed, new RiskOverride(RiskLevel.HIGH, null, null, "Victims are journalists"));
        assertThat(a.computed().level()).isEqualTo(RiskLevel.UNLIKELY);
        assertThat(a.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(a.notifyIndividuals()).isTrue();
    }

    @Test
    void anOverrideWithoutJustificationIsRefused() {
        assertThatThrownBy(() -> new RiskOverride(RiskLevel.HIGH, null, null, " "))
                .hasMessageContaining("justification");
    }
}
