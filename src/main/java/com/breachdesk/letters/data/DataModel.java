package com.breachdesk.letters.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.breachdesk.letters.data.DataField.flag;
import static com.breachdesk.letters.data.DataField.list;
import static com.breachdesk.letters.data.DataField.text;

/**
 * The one data model every template draws from (documented in docs/letter-data-model.md). A placeholder
 * that is not listed here is an error when the template is loaded, before any letter is written.
 */
public final class DataModel {

    /** Notice facts the responder supplies per case (they are not part of the incident record). */
    public static final List<DataField> NOTICE_FACTS = List.of(
            text("notice.summary", "Plain-language summary of what happened, for letters in a language other than the incident record's"),
            text("notice.measures_summary", "Plain-language summary of what was done, for letters in a language other than the incident record's"),
            text("notice.likely_consequences", "Likely consequences of the breach for the people concerned"),
            text("notice.measures_proposed", "Measures taken or proposed to address the breach and mitigate its effects"),
            text("notice.advice", "What people can do to protect themselves"),
            text("notice.contact_point", "Contact point for more information (name or team)"),
            text("notice.contact_phone", "Telephone number for questions (toll-free for US letters)"),
            text("notice.contact_hours", "When the telephone line is staffed"),
            text("notice.website", "Web page with information about the incident"),
            text("notice.identity_services", "Identity-theft prevention and mitigation services offered, and for how long"),
            text("notice.identity_services_enrolment", "How to enrol in the offered services (code, address, deadline)"),
            text("notice.authority_reference", "Reference the authority gave the initial notification (follow-up reports)"),
            text("notice.initial_notification_date", "Date of the initial notification or early warning"),
            text("notice.delay_reasons", "Reasons for notifying the authority after 72 hours"),
            text("notice.breach_location", "Physical location of the breach and storage media involved"),
            text("notice.other_providers", "Other providers involved (e.g. processors, wholesale partners)"),
            text("notice.cross_border_impact", "Cross-border impact: people or services in other member states, authorities notified"),
            text("notice.malicious_suspected", "Whether the incident is suspected to be caused by unlawful or malicious acts"),
            text("notice.severity_impact", "Assessment of the incident's severity and impact"),
            text("notice.indicators_of_compromise", "Indicators of compromise"),
            text("notice.root_cause", "Type of threat or root cause"),
            text("notice.mitigation_applied", "Mitigation measures applied and ongoing"),
            text("notice.subscribers_notified", "Notice given to subscribers or individuals: content, means, number"),
            text("notice.status_update", "Update of information already given"),
            text("notice.responsible_person", "Person responsible for the breach, if known"),
            text("notice.sample_notice", "Description of the sample notice enclosed for the authority"));

    /** Facts that read the same in every language (numbers, addresses): plain keys serve every letter. */
    public static final java.util.Set<String> LANGUAGE_NEUTRAL_FACTS =
            java.util.Set.of("contact_phone", "website", "authority_reference", "initial_notification_date");

    private static final List<DataField> FIELDS = List.of(
            text("organization.name", "Legal name of the notifying organization"),
            text("organization.address", "Organization address on one line"),
            list("organization.address_lines", "Organization address, one item per line",
                    text("line", "One address line")),
            text("organization.registration_number", "Company registration number"),
            text("organization.contact_name", "Contact person or team"),
            text("organization.contact_email", "Contact email"),
            text("organization.contact_phone", "Contact telephone"),
            text("organization.dpo_name", "Data protection officer"),
            text("organization.dpo_email", "Data protection officer's email"),

            text("incident.title", "Incident title"),
            text("incident.description", "What happened, as recorded"),
            text("incident.type", "Incident type, in the letter's language"),
            text("incident.nature", "Breached properties (confidentiality, integrity, availability), in the letter's language"),
            text("incident.cause", "Cause"),
            text("incident.systems_affected", "Systems affected"),
            text("incident.measures_taken", "Measures taken"),
            text("incident.occurred_from", "Start of the breach: date and time, in the incident's zone"),
            text("incident.occurred_to", "End of the breach: date and time"),
            text("incident.discovered_at", "Discovery: date and time"),
            text("incident.aware_at", "Awareness: date and time"),
            text("incident.determined_at", "Breach determined: date and time"),
            text("incident.contained_at", "Containment: date and time"),
            text("incident.occurred_from_date", "Start of the breach: date"),
            text("incident.occurred_to_date", "End of the breach: date"),
            text("incident.discovered_date", "Discovery: date"),
            text("incident.contained_date", "Containment: date"),
            text("incident.approximate_records", "Approximate number of personal data records concerned"),
            text("incident.data_categories", "Data categories involved, in the letter's language, comma-separated"),
            list("incident.data_category_list", "Data categories involved, one item each",
                    text("name", "Category name in the letter's language")),
            flag("incident.malicious", "The breach was malicious"),
            flag("incident.accidental", "The breach was accidental"),
            flag("incident.exfiltration_confirmed", "Data was confirmed to have been taken"),
            flag("incident.law_enforcement_delay", "Notice was delayed at the request of law enforcement"),
            flag("incident.no_law_enforcement_delay", "Notice was not delayed by law enforcement"),
            flag("incident.encrypted", "The data was encrypted and the key was not compromised"),
            flag("incident.data_recovered", "The data was recovered"),
            flag("incident.over_72_hours", "The notice is given more than 72 hours after awareness"),

            text("scope.people_total", "Number of people affected (all jurisdictions)"),
            text("scope.people_in_jurisdiction", "Number of people affected in the letter's jurisdiction"),
            text("scope.jurisdiction", "The letter's jurisdiction code (US-CA, PL, ...)"),
            text("scope.jurisdiction_name", "The letter's jurisdiction name"),
            flag("scope.estimate", "The counts are estimates, not from an imported roster"),

            text("obligation.rule_id", "Rule id of the obligation this notice fulfils"),
            text("obligation.version", "Rule version"),
            text("obligation.title", "What the rule requires"),
            text("obligation.regime", "Statute short name"),
            text("obligation.citation", "Exact citation"),
            text("obligation.recipient", "Who receives the notice"),
            text("obligation.authority", "Authority name"),
            text("obligation.authority_url", "Authority web address"),
            text("obligation.phase", "Phase of a phased report (initial, follow-up, ...)"),
            text("obligation.deadline_text", "The statute's words on timing"),
            text("obligation.due", "When the notice is due, as the rules engine computed it (date, time and zone of the jurisdiction)"),
            list("obligation.content_requirements", "Elements the statute requires, one item each",
                    text("text", "One required element")),
            list("obligations", "The obligations this letter fulfils",
                    text("rule_id", "Rule id"), text("title", "What the rule requires"),
                    text("regime", "Statute short name"), text("citation", "Citation")),

            text("person.id", "Person id from the roster"),
            text("person.name", "Recipient name"),
            list("person.address_lines", "Recipient address, one item per line", text("line", "One address line")),
            text("person.language", "Recipient language (en, uk)"),
            text("person.jurisdiction", "Recipient jurisdiction code"),
            text("person.jurisdiction_name", "Recipient jurisdiction name"),
            text("person.data_categories", "This person's data categories involved, in the letter's language"),
            list("person.data_category_list", "This person's data categories involved, one item each",
                    text("name", "Category name")),
            flag("person.ssn_or_id_involved", "A Social Security, driver's licence or state/national ID number was involved"),
            flag("person.ssn_involved", "A Social Security number was involved"),
            flag("person.financial_involved", "A payment card or financial account number was involved"),
            flag("person.credentials_involved", "Account credentials were involved"),

            text("letter.date", "Date of the letter, in the letter's language"),
            text("letter.reference", "Reference number printed on the letter"),
            text("letter.language", "Language of the letter"),
            flag("letter.draft", "The letter is a draft (not yet approved)"));

    private static final Map<String, DataField> BY_PATH = index();

    private DataModel() {
    }

    private static Map<String, DataField> index() {
        Map<String, DataField> m = new LinkedHashMap<>();
        for (DataField f : FIELDS) {
            m.put(f.path(), f);
        }
        for (DataField f : NOTICE_FACTS) {
            m.put(f.path(), f);
        }
        return m;
    }

    public static List<DataField> fields() {
        return List.copyOf(BY_PATH.values());
    }

    public static Optional<DataField> field(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }

    /**
     * Whether {@code key} names a notice fact: {@code advice} (used by English letters) or {@code advice@uk}
     * (used by letters in that language: a letter never prints a fact written in another language).
     */
    public static boolean isNoticeFact(String key) {
        int at = key.indexOf('@');
        String name = at < 0 ? key : key.substring(0, at);
        if (at >= 0) {
            try {
                LetterLanguage.of(key.substring(at + 1));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return name.indexOf('.') < 0 && BY_PATH.containsKey("notice." + name);
    }
}
