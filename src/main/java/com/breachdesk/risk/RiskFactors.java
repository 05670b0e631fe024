package com.breachdesk.risk;

/**
 * The structured risk factors a responder records beside the incident (whose data categories, nature, intent,
 * exfiltration, encryption and "data recovered" also count). Null = not recorded.
 *
 * @param easeOfIdentification  null: derived from the data categories (and shown as derived)
 * @param vulnerableSubjects    children, patients or other vulnerable people are affected
 * @param restoredWithinHours   for availability breaches: hours until the data was restored from backup
 * @param recipientTrusted      the data went only to a trusted recipient who confirmed deletion
 * @param misuseObserved        misuse of the data has been seen
 * @param published             the data was published (made available to an unknown number of people)
 * @param credentials           how passwords in the data were protected
 * @param disproportionateEffort telling people one by one would take disproportionate effort (GDPR Art. 34(3)(c))
 */
public record RiskFactors(EaseOfIdentification easeOfIdentification, Boolean vulnerableSubjects,
                          Long restoredWithinHours, Boolean recipientTrusted, Boolean misuseObserved, Boolean published,
                          CredentialProtection credentials, Boolean disproportionateEffort) {

    public static RiskFactors none() {
        return new RiskFactors(null, null, null, null, null, null, null, null);
    }
}
