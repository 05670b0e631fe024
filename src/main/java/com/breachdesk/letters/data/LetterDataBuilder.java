package com.breachdesk.letters.data;

import com.breachdesk.incident.Encryption;
import com.breachdesk.incident.Exfiltration;
import com.breachdesk.incident.Incident;
import com.breachdesk.incident.IncidentField;
import com.breachdesk.incident.Intent;
import com.breachdesk.organization.OrganizationField;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.population.AffectedPopulation;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.vocabulary.DataCategory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the values of the data model for letters of one case. Case-level values are built once per
 * language and shared; each letter adds its person (or obligation), scope counts and letter fields.
 */
public final class LetterDataBuilder {

    private static final Set<DataCategory> SSN_OR_ID =
            Set.of(DataCategory.SSN, DataCategory.DRIVERS_LICENSE, DataCategory.NATIONAL_ID);
    private static final Set<DataCategory> FINANCIAL = Set.of(DataCategory.PAYMENT_CARD,
            DataCategory.FINANCIAL_ACCOUNT, DataCategory.FINANCIAL_ACCOUNT_WITH_ACCESS_CODE);

    private final CaseFacts facts;
    private final Map<LetterLanguage, LetterValues> caseValues = new EnumMap<>(LetterLanguage.class);

    public LetterDataBuilder(CaseFacts facts) {
        this.facts = facts;
        for (LetterLanguage language : LetterLanguage.values()) {
            caseValues.put(language, buildCaseValues(language));
        }
    }

    public CaseFacts facts() {
        return facts;
    }

    /** Values of a letter to one person. */
    public LetterValues forPerson(LetterRecipient person, LetterLanguage language, LocalDate letterDate, boolean draft,
                                  List<NoticeObligation> fulfils) {
        LetterValues.Builder b = LetterValues.builder(caseValues.get(language));
        // Nothing recorded for the person: the incident's categories are the best statement of what was involved.
        Set<DataCategory> categories = person.categories().isEmpty() ? facts.incident().dataCategories() : person.categories();
        b.text("person.id", person.personId())
                .text("person.name", person.name())
                .list("person.address_lines", "line", person.addressLines())
                .text("person.language", person.language())
                .text("person.jurisdiction", person.jurisdiction())
                .text("person.jurisdiction_name", words(person.jurisdiction(), language).jurisdictionName())
                .text("person.data_categories", language.categories(categories))
                .list("person.data_category_list", "name", categoryNames(categories, language))
                .flag("person.ssn_or_id_involved", categories.stream().anyMatch(SSN_OR_ID::contains))
                .flag("person.ssn_involved", categories.contains(DataCategory.SSN))
                .flag("person.financial_involved", categories.stream().anyMatch(FINANCIAL::contains))
                .flag("person.credentials_involved", categories.contains(DataCategory.ACCOUNT_CREDENTIALS));
        scope(b, person.jurisdiction(), language);
        obligations(b, fulfils);
        letter(b, language, letterDate, reference(person.personId()), draft);
        return b.build();
    }

    /** Values of a notice to the authority named by {@code obligation}, given at {@code noticeAt}. */
    public LetterValues forObligation(NoticeObligation obligation, LetterLanguage language, LocalDate letterDate,
                                      Instant noticeAt, boolean draft) {
        LetterValues.Builder b = LetterValues.builder(caseValues.get(language));
        b.text("obligation.rule_id", obligation.ruleId())
                .text("obligation.version", Integer.toString(obligation.version()))
                .text("obligation.title", obligation.title())
                .text("obligation.regime", obligation.regime())
                .text("obligation.citation", obligation.citation())
                .text("obligation.recipient", obligation.recipientName())
                .text("obligation.authority", obligation.authorityName())
                .text("obligation.authority_url", obligation.authorityUrl())
                .text("obligation.phase", obligation.phase())
                .text("obligation.deadline_text", obligation.deadlineText())
                .list("obligation.content_requirements", "text", obligation.contentRequirements());
        if (obligation.due() != null && obligation.zone() != null) {
            b.text("obligation.due", language.dateTime(obligation.due().atZone(obligation.zone())));
        }
        facts.incident().awareAt().ifPresent(aware ->
                b.flag("incident.over_72_hours", Duration.between(aware.instant(), noticeAt).compareTo(Duration.ofHours(72)) > 0));
        scope(b, obligation.jurisdiction(), language);
        obligations(b, List.of(obligation));
        letter(b, language, letterDate, reference(obligation.ruleId()), draft);
        return b.build();
    }

    public String reference(String suffix) {
        return facts.caseReference() + "/" + suffix;
    }

    /** The scope words of one jurisdiction in one language, worked out once (a batch has a handful). */
    private record ScopeWords(String jurisdictionName, String total, String inJurisdiction) {
    }

    private final Map<String, ScopeWords> scopeWords = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> dates = new java.util.concurrent.ConcurrentHashMap<>();

    private void scope(LetterValues.Builder b, String jurisdiction, LetterLanguage language) {
        AffectedPopulation p = facts.population();
        ScopeWords w = words(jurisdiction, language);
        b.text("scope.jurisdiction", jurisdiction).text("scope.jurisdiction_name", w.jurisdictionName());
        if (p.source() != AffectedPopulation.Source.NONE) {
            b.text("scope.people_total", w.total()).flag("scope.estimate", p.source() == AffectedPopulation.Source.ESTIMATE);
            if (w.inJurisdiction() != null) {
                b.text("scope.people_in_jurisdiction", w.inJurisdiction());
            }
        }
    }

    private ScopeWords words(String jurisdiction, LetterLanguage language) {
        AffectedPopulation p = facts.population();
        return scopeWords.computeIfAbsent(language.code() + "|" + jurisdiction, k -> new ScopeWords(
                language.jurisdictionName(jurisdiction),
                p.source() == AffectedPopulation.Source.NONE ? null : language.count(p.total()),
                p.source() == AffectedPopulation.Source.NONE || jurisdiction == null || jurisdiction.isBlank()
                        || jurisdiction.equals("EU") || jurisdiction.equals("EEA") ? null
                        : language.count(p.people(jurisdiction))));
    }

    private static void obligations(LetterValues.Builder b, List<NoticeObligation> fulfils) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (NoticeObligation o : fulfils) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("rule_id", o.ruleId());
            item.put("title", o.title());
            item.put("regime", o.regime());
            item.put("citation", o.citation());
            items.add(Map.copyOf(item));
        }
        b.items("obligations", items);
    }

    private void letter(LetterValues.Builder b, LetterLanguage language, LocalDate date, String reference,
                        boolean draft) {
        String day = dates.computeIfAbsent(language.code() + "|" + date, k -> language.date(date));
        b.text("letter.date", day).text("letter.reference", reference)
                .text("letter.language", language.code()).flag("letter.draft", draft);
    }

    private LetterValues buildCaseValues(LetterLanguage language) {
        OrganizationProfile org = facts.organization();
        Incident incident = facts.incident();
        LetterValues.Builder b = LetterValues.builder();
        List<String> orgAddress = lines(org.get(OrganizationField.ADDRESS).orElse(""));
        b.text("organization.name", org.legalName())
                .text("organization.address", String.join(", ", orgAddress))
                .list("organization.address_lines", "line", orgAddress)
                .text("organization.registration_number", org.get(OrganizationField.REGISTRATION_NUMBER).orElse(null))
                .text("organization.contact_name", org.get(OrganizationField.CONTACT_NAME).orElse(null))
                .text("organization.contact_email", org.get(OrganizationField.CONTACT_EMAIL).orElse(null))
                .text("organization.contact_phone", org.get(OrganizationField.CONTACT_PHONE).orElse(null))
                .text("organization.dpo_name", org.get(OrganizationField.DPO_NAME).orElse(null))
                .text("organization.dpo_email", org.get(OrganizationField.DPO_EMAIL).orElse(null));

        b.text("incident.title", incident.title())
                .text("incident.description", incident.get(IncidentField.DESCRIPTION).orElse(null))
                .text("incident.type", incident.type().map(t -> language.coded("type", t)).orElse(null))
                .text("incident.nature", incident.nature().stream().map(n -> language.coded("nature", n))
                        .collect(Collectors.joining(", ")))
                .text("incident.cause", incident.get(IncidentField.CAUSE).orElse(null))
                .text("incident.systems_affected", incident.get(IncidentField.SYSTEMS_AFFECTED).orElse(null))
                .text("incident.measures_taken", incident.get(IncidentField.MEASURES_TAKEN).orElse(null));
        moment(b, "incident.occurred_from", incident.occurredFrom(), language);
        moment(b, "incident.occurred_to", incident.moment(IncidentField.OCCURRED_TO), language);
        moment(b, "incident.discovered_at", incident.discoveredAt(), language);
        moment(b, "incident.aware_at", incident.awareAt(), language);
        moment(b, "incident.determined_at", incident.determinedAt(), language);
        moment(b, "incident.contained_at", incident.containedAt(), language);
        date(b, "incident.occurred_from_date", incident.occurredFrom(), language);
        date(b, "incident.occurred_to_date", incident.moment(IncidentField.OCCURRED_TO), language);
        date(b, "incident.discovered_date", incident.discoveredAt(), language);
        date(b, "incident.contained_date", incident.containedAt(), language);
        incident.approximateRecords().ifPresent(n -> b.text("incident.approximate_records", language.count(n)));
        b.text("incident.data_categories", language.categories(incident.dataCategories()))
                .list("incident.data_category_list", "name", categoryNames(incident.dataCategories(), language))
                .flag("incident.malicious", incident.intent().filter(i -> i == Intent.MALICIOUS).isPresent())
                .flag("incident.accidental", incident.intent().filter(i -> i == Intent.ACCIDENTAL).isPresent())
                .flag("incident.exfiltration_confirmed",
                        incident.exfiltration().filter(e -> e == Exfiltration.CONFIRMED).isPresent())
                .flag("incident.law_enforcement_delay",
                        incident.yesNo(IncidentField.LAW_ENFORCEMENT_DELAY).orElse(false))
                .flag("incident.no_law_enforcement_delay",
                        !incident.yesNo(IncidentField.LAW_ENFORCEMENT_DELAY).orElse(false))
                .flag("incident.encrypted",
                        incident.encryption().filter(e -> e == Encryption.ENCRYPTED_KEY_SAFE).isPresent())
                .flag("incident.data_recovered", incident.yesNo(IncidentField.DATA_RECOVERED).orElse(false));
        noticeFacts(b, language);
        return b.build();
    }

    /** English letters use plain keys (or {@code key@en}); other languages only {@code key@<code>}. */
    private void noticeFacts(LetterValues.Builder b, LetterLanguage language) {
        String suffix = "@" + language.code();
        facts.noticeFacts().forEach((key, value) -> {
            if (key.endsWith(suffix)) {
                b.text("notice." + key.substring(0, key.length() - suffix.length()), value);
            } else if ((language == LetterLanguage.ENGLISH || DataModel.LANGUAGE_NEUTRAL_FACTS.contains(key))
                    && key.indexOf('@') < 0 && !facts.noticeFacts().containsKey(key + suffix)) {
                b.text("notice." + key, value);
            }
        });
    }

    private static List<String> categoryNames(Set<DataCategory> categories, LetterLanguage language) {
        return categories.stream().sorted().map(language::category).toList();
    }

    private static void moment(LetterValues.Builder b, String path, Optional<MomentInZone> moment, LetterLanguage language) {
        moment.ifPresent(m -> b.text(path, language.dateTime(m.local())));
    }

    private static void date(LetterValues.Builder b, String path, Optional<MomentInZone> moment, LetterLanguage language) {
        moment.ifPresent(m -> b.text(path, language.date(m.local().toLocalDate())));
    }

    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }
}
