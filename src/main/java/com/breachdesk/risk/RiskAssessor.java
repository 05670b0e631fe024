package com.breachdesk.risk;

import com.breachdesk.incident.BreachNature;
import com.breachdesk.incident.Encryption;
import com.breachdesk.incident.Exfiltration;
import com.breachdesk.incident.Incident;
import com.breachdesk.incident.IncidentField;
import com.breachdesk.incident.Intent;
import com.breachdesk.vocabulary.DataCategory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores a breach with the ENISA (2013) personal-data-breach severity methodology, SE = DPC × EI + CB, and maps
 * the band to the GDPR question "is a risk (Art. 33) or a high risk (Art. 34) likely?": low ⇒ unlikely, medium ⇒
 * risk, high and very high ⇒ high. See docs/adr/0007-risk-assessment-with-enisa-2013.md for how the factors map to ENISA's scales.
 */
public final class RiskAssessor {

    /** Categories that name or directly reach a person; without any of them identification needs other data. */
    private static final Set<DataCategory> DIRECT_IDENTIFIERS = EnumSet.of(DataCategory.NAME, DataCategory.EMAIL,
            DataCategory.PHONE, DataCategory.POSTAL_ADDRESS, DataCategory.BILLING_ADDRESS, DataCategory.SSN, DataCategory.NATIONAL_ID,
            DataCategory.DRIVERS_LICENSE, DataCategory.PASSPORT, DataCategory.TAX_ID, DataCategory.BIOMETRIC);

    public RiskResult assess(Incident incident, RiskFactors factors, long peopleAffected) {
        List<String> reasons = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Set<DataCategory> categories = incident.dataCategories();
        Set<BreachNature> nature = incident.nature();
        if (categories.isEmpty()) {
            missing.add("the data categories involved (data_categories)");
        }
        if (nature.isEmpty()) {
            missing.add("the nature of the breach: confidentiality, integrity and/or availability (nature)");
        }
        if (!missing.isEmpty()) {
            return new RiskResult(null, null, null, null, null,
                    List.of("The risk cannot be assessed until these are recorded: " + String.join("; ", missing)),
                    List.of(), missing);
        }

        double dpc = dataProcessingContext(categories, factors, reasons);
        double ei = easeOfIdentification(incident, categories, factors, reasons);
        double cb = circumstances(incident, nature, factors, reasons);
        double score = dpc * ei + cb;
        Severity severity = score < 2 ? Severity.LOW : score < 3 ? Severity.MEDIUM : score < 4 ? Severity.HIGH : Severity.VERY_HIGH;
        RiskLevel level = switch (severity) {
            case LOW -> RiskLevel.UNLIKELY;
            case MEDIUM -> RiskLevel.RISK;
            case HIGH, VERY_HIGH -> RiskLevel.HIGH;
        };
        reasons.add(0, String.format(Locale.ROOT, "ENISA severity SE = DPC %.2f × EI %.2f + CB %.2f = %.2f (%s): %s",
                dpc, ei, cb, score, severity.label().toLowerCase(Locale.ROOT), level.label().toLowerCase(Locale.ROOT)));
        if (peopleAffected > 0) {
            reasons.add(String.format(Locale.ROOT, "%,d people affected; ENISA leaves the number of people out of the score,"
                    + " so weigh it alongside it", peopleAffected));
        }

        List<String> exemptions = new ArrayList<>();
        if (incident.encryption().orElse(null) == Encryption.ENCRYPTED_KEY_SAFE) {
            exemptions.add("Art. 34(3)(a): the data was encrypted and the key is safe, so it is unintelligible to anyone who"
                    + " may have it");
        }
        boolean recovered = incident.yesNo(IncidentField.DATA_RECOVERED).orElse(false);
        if (recovered || Boolean.TRUE.equals(factors.recipientTrusted())) {
            exemptions.add("Art. 34(3)(b): the data was recovered or deleted by a trusted recipient, so the high risk is no"
                    + " longer likely to materialise");
        }
        boolean notifyAuthority = level.atLeast(RiskLevel.RISK);
        boolean notifyIndividuals = level == RiskLevel.HIGH && exemptions.isEmpty();
        reasons.add(notifyAuthority ? "Notify the supervisory authority: a risk to people's rights and freedoms is likely"
                : "No notice to the authority: a risk is unlikely (document the breach all the same, Art. 33(5))");
        if (level == RiskLevel.HIGH) {
            reasons.add(notifyIndividuals ? "Tell the people affected: a high risk is likely"
                    : "No need to tell the people affected despite the high risk: " + String.join("; ", exemptions));
        } else {
            reasons.add("No need to tell the people affected: a high risk is not likely");
        }
        if (notifyIndividuals && Boolean.TRUE.equals(factors.disproportionateEffort())) {
            reasons.add("Art. 34(3)(c): telling each person would take disproportionate effort, so make a public communication"
                    + " or similar measure that informs them as effectively");
        }
        return new RiskResult(level, notifyAuthority, notifyIndividuals, score, severity, reasons, exemptions, List.of());
    }

    private static double dataProcessingContext(Set<DataCategory> categories, RiskFactors f, List<String> reasons) {
        Set<DataCategory> counted = EnumSet.copyOf(categories);
        if (f.credentials() == CredentialProtection.SALTED_HASH && counted.contains(DataCategory.ACCOUNT_CREDENTIALS)) {
            counted.remove(DataCategory.ACCOUNT_CREDENTIALS);
            reasons.add("Passwords were stored as salted hashes: they are unintelligible, so account credentials do not raise"
                    + " the data score (ENISA counts unintelligible data out)");
        } else if (f.credentials() == CredentialProtection.PLAINTEXT) {
            reasons.add("Passwords were readable (plaintext): whoever holds the data can use the accounts");
        }
        DataCategory top = counted.stream().max((a, b) -> Integer.compare(a.enisaClass().baseScore(), b.enisaClass().baseScore()))
                .orElse(DataCategory.NAME);
        double dpc = counted.isEmpty() ? 1 : top.enisaClass().baseScore();
        reasons.add(String.format(Locale.ROOT, "Data processing context %.0f: the most sensitive data is %s (ENISA class %s)",
                dpc, top.label().toLowerCase(Locale.ROOT), top.enisaClass().name().toLowerCase(Locale.ROOT)));
        boolean vulnerable = Boolean.TRUE.equals(f.vulnerableSubjects())
                || categories.stream().anyMatch(DataCategory::vulnerableSubjects);
        if (vulnerable && dpc < 4) {
            dpc += 1;
            reasons.add("Vulnerable people (such as children or patients) are affected: +1 to the data score");
        }
        return dpc;
    }

    private static double easeOfIdentification(Incident incident, Set<DataCategory> categories, RiskFactors f,
                                               List<String> reasons) {
        if (incident.encryption().orElse(null) == Encryption.ENCRYPTED_KEY_SAFE) {
            reasons.add("Ease of identification negligible (0.25): the data was encrypted and the key is safe");
            return EaseOfIdentification.NEGLIGIBLE.factor();
        }
        EaseOfIdentification ei = f.easeOfIdentification();
        if (ei != null) {
            reasons.add(String.format(Locale.ROOT, "Ease of identification %s (%.2f), as recorded", ei.id(), ei.factor()));
            return ei.factor();
        }
        Set<DataCategory> direct = EnumSet.noneOf(DataCategory.class);
        categories.stream().filter(DIRECT_IDENTIFIERS::contains).forEach(direct::add);
        if (!direct.isEmpty()) {
            reasons.add("Ease of identification maximum (1.00), derived: the data contains direct identifiers ("
                    + direct.stream().map(DataCategory::id).collect(Collectors.joining(", ")) + "); record the factor to change it");
            return EaseOfIdentification.MAXIMUM.factor();
        }
        reasons.add("Ease of identification significant (0.75), derived: only indirect identifiers, so people can be"
                + " identified with other data; record the factor to change it");
        return EaseOfIdentification.SIGNIFICANT.factor();
    }

    private static double circumstances(Incident incident, Set<BreachNature> nature, RiskFactors f, List<String> reasons) {
        double cb = 0;
        boolean recovered = incident.yesNo(IncidentField.DATA_RECOVERED).orElse(false);
        boolean malicious = incident.intent().orElse(Intent.UNKNOWN) == Intent.MALICIOUS;
        if (nature.contains(BreachNature.CONFIDENTIALITY)) {
            Exfiltration ex = incident.exfiltration().orElse(Exfiltration.UNKNOWN);
            if (Boolean.TRUE.equals(f.published()) || Boolean.TRUE.equals(f.misuseObserved())) {
                cb += 0.5;
                reasons.add("Loss of confidentiality +0.50: the data was published or misused, so an unknown number of people have it");
            } else if (Boolean.TRUE.equals(f.recipientTrusted()) || recovered) {
                reasons.add("Loss of confidentiality +0.00: the data went only to a trusted recipient or was recovered");
            } else if (ex == Exfiltration.RULED_OUT) {
                reasons.add("Loss of confidentiality +0.00: exposed, but exfiltration was ruled out");
            } else if (ex == Exfiltration.CONFIRMED && malicious) {
                cb += 0.5;
                reasons.add("Loss of confidentiality +0.50: data was taken in a malicious act, so the recipients are unknown");
            } else {
                cb += 0.25;
                reasons.add("Loss of confidentiality +0.25: data disclosed to known or few recipients"
                        + (ex == Exfiltration.UNKNOWN ? " (whether it left the organization is not yet known)" : ""));
            }
        }
        if (nature.contains(BreachNature.INTEGRITY)) {
            cb += recovered ? 0.25 : 0.5;
            reasons.add(recovered ? "Loss of integrity +0.25: data was altered but has been recovered"
                    : "Loss of integrity +0.50: data was altered and is not (yet) recovered");
        }
        if (nature.contains(BreachNature.AVAILABILITY)) {
            if (f.restoredWithinHours() != null || recovered) {
                cb += 0.25;
                reasons.add("Loss of availability +0.25: temporary" + (f.restoredWithinHours() != null
                        ? ", restored within " + f.restoredWithinHours() + " hours" : ", data recovered"));
            } else {
                cb += 0.5;
                reasons.add("Loss of availability +0.50: the data is not restored (no restore time recorded)");
            }
        }
        if (malicious) {
            cb += 0.5;
            reasons.add("Malicious intent +0.50");
        }
        return cb;
    }
}
