package com.breachdesk.letters;

import com.breachdesk.demo.DemoCase;
import com.breachdesk.incident.Incident;
import com.breachdesk.incident.IncidentField;
import com.breachdesk.letters.compose.ComposedLetter;
import com.breachdesk.letters.compose.LetterComposer;
import com.breachdesk.letters.data.CaseFacts;
import com.breachdesk.letters.data.LetterDataBuilder;
import com.breachdesk.letters.data.LetterRecipient;
import com.breachdesk.letters.data.LetterValues;
import com.breachdesk.letters.data.NoticeObligation;
import com.breachdesk.letters.data.RulePackCatalog;
import com.breachdesk.deadline.HolidayCalendars;
import com.breachdesk.obligations.Assessment;
import com.breachdesk.obligations.Assessor;
import com.breachdesk.obligations.CaseInput;
import com.breachdesk.rules.RulePack;
import com.breachdesk.rules.RulePackLoader;
import com.breachdesk.letters.template.LetterTemplate;
import com.breachdesk.letters.template.TemplateCatalog;
import com.breachdesk.organization.OrganizationField;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.population.AffectedPopulation;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.vocabulary.DataCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A fixed case (SMART-POINT demo data at fixed times), notice facts and recipients for letter tests. */
public final class LetterFixtures {

    public static final LocalDate LETTER_DATE = LocalDate.of(2026, 3, 5);
    public static final Instant NOTICE_AT = Instant.parse("2026-03-04T09:00:00Z");
    public static final TemplateCatalog CATALOG = TemplateCatalog.shipped();
    public static final RulePack RULE_PACK = new RulePackLoader().loadShipped();
    public static final RulePackCatalog RULES = RulePackCatalog.of(RULE_PACK, LETTER_DATE);
    private static Assessment batchAssessment;

    private LetterFixtures() {
    }

    public static OrganizationProfile organization() {
        return DemoCase.profile()
                .with(OrganizationField.CONTACT_PHONE, "+380 44 000 0000")
                .with(OrganizationField.DPO_NAME, "Olena Koval")
                .with(OrganizationField.DPO_EMAIL, "dpo@smart-point.example");
    }

    public static OrganizationProfile organizationUs() {
        return organization().with(OrganizationField.PAPER_SIZE, "letter").with(OrganizationField.ENVELOPE_WINDOW, "us_10");
    }

    public static Incident incident() {
        ZoneId kyiv = ZoneId.of("Europe/Kyiv");
        Map<IncidentField, String> f = new EnumMap<>(IncidentField.class);
        f.put(IncidentField.TITLE, "Billing and CRM database compromise");
        f.put(IncidentField.TYPE, "exfiltration_hacking");
        f.put(IncidentField.DESCRIPTION, "An attacker logged in to our billing database administration interface with a "
                + "reused administrator password and copied customer account and billing tables.");
        f.put(IncidentField.OCCURRED_FROM, new MomentInZone(Instant.parse("2026-02-25T02:10:00Z"), kyiv).encode());
        f.put(IncidentField.OCCURRED_TO, new MomentInZone(Instant.parse("2026-02-28T18:00:00Z"), kyiv).encode());
        f.put(IncidentField.DISCOVERED_AT, new MomentInZone(Instant.parse("2026-02-28T20:00:00Z"), kyiv).encode());
        f.put(IncidentField.AWARE_AT, new MomentInZone(Instant.parse("2026-03-01T04:00:00Z"), kyiv).encode());
        f.put(IncidentField.CONTAINED_AT, new MomentInZone(Instant.parse("2026-03-01T08:00:00Z"), kyiv).encode());
        f.put(IncidentField.NATURE, "confidentiality");
        f.put(IncidentField.INTENT, "malicious");
        f.put(IncidentField.EXFILTRATION, "confirmed");
        f.put(IncidentField.ENCRYPTION, "none");
        f.put(IncidentField.APPROXIMATE_RECORDS, "48200");
        f.put(IncidentField.SYSTEMS_AFFECTED, "Billing database; CRM");
        f.put(IncidentField.CAUSE, "Administration interface reachable from the internet; reused password.");
        f.put(IncidentField.MEASURES_TAKEN, "We took the interface offline, rotated all administrator passwords and "
                + "enforced a second factor.");
        f.put(IncidentField.LAW_ENFORCEMENT_DELAY, "false");
        f.put(IncidentField.DATA_CATEGORIES, "name,email,phone,postal_address,billing_address,call_metadata,ip_address");
        return new Incident(f);
    }

    public static Map<String, String> noticeFacts() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("likely_consequences", "Fraudsters could use your contact details for phishing or scam calls.");
        m.put("likely_consequences@uk", "Шахраї можуть використати ваші контактні дані для фішингу або дзвінків.");
        m.put("advice", "Be wary of calls or emails asking for payment or passwords.");
        m.put("advice@uk", "Остерігайтеся дзвінків і листів із проханням оплатити щось або назвати пароль.");
        m.put("summary@uk", "Зловмисник увійшов до адміністративного інтерфейсу нашої бази даних і скопіював дані клієнтів.");
        m.put("measures_summary@uk", "Ми вимкнули інтерфейс, змінили всі паролі адміністраторів і запровадили другий фактор.");
        m.put("contact_phone", "1-800-555-0100");
        m.put("identity_services", "12 months of credit monitoring and identity restoration by ExampleGuard");
        m.put("identity_services_enrolment", "Enrol at guard.example with code SP-2026 by 30 June 2026.");
        m.put("delay_reasons", "The forensic review needed to confirm which tables were copied.");
        m.put("authority_reference", "DPA-2026-0042");
        m.put("breach_location", "Billing database server in the Kyiv data centre (disk storage).");
        m.put("subscribers_notified", "Letters by post to 48,200 subscribers describing the breach and advice.");
        m.put("cross_border_impact", "Subscribers in Poland and Germany; the authorities there are notified.");
        m.put("malicious_suspected", "Yes: unauthorised access by an external attacker.");
        m.put("severity_impact", "High: customer data copied; no service outage.");
        m.put("root_cause", "Credential reuse on an internet-facing administration interface.");
        return m;
    }

    public static AffectedPopulation population() {
        return new AffectedPopulation(AffectedPopulation.Source.ROSTER,
                Map.of("UA", 40000L, "PL", 5000L, "DE", 3000L, "US-CA", 150L, "US-MA", 50L),
                Map.of(), 0, 0, 0);
    }

    /** The fixture incident with Social Security numbers involved too: US state laws then require notices. */
    public static Incident incidentWithSsn() {
        Map<IncidentField, String> f = new EnumMap<>(incident().values());
        f.put(IncidentField.DATA_CATEGORIES, f.get(IncidentField.DATA_CATEGORIES) + ",ssn");
        f.put(IncidentField.DETERMINED_AT, new MomentInZone(Instant.parse("2026-03-01T04:00:00Z"),
                ZoneId.of("Europe/Kyiv")).encode());
        return new Incident(f);
    }

    /** People per jurisdiction of the synthetic recipients used in batch tests. */
    public static AffectedPopulation batchPopulation() {
        return new AffectedPopulation(AffectedPopulation.Source.ROSTER,
                Map.of("UA", 4000L, "PL", 500L, "DE", 300L, "US-CA", 150L, "US-MA", 50L, "US-TX", 60L, "US-NY", 70L),
                Map.of(), 0, 0, 0);
    }

    /**
     * The rules engine's evaluation of the batch fixture (incident with SSNs, telecom organization, the batch
     * population), evaluated once: US states and the EU ePrivacy subscriber notice required, Ukraine not.
     */
    public static synchronized Assessment batchAssessment() {
        if (batchAssessment == null) {
            java.time.Clock clock = java.time.Clock.fixed(NOTICE_AT, java.time.ZoneOffset.UTC);
            batchAssessment = new Assessor(RULE_PACK, new HolidayCalendars(), clock).assess(new CaseInput(incidentWithSsn(),
                    organization(), batchPopulation(), null, null, null, null, false, Map.of()));
        }
        return batchAssessment;
    }

    public static CaseFacts facts(OrganizationProfile org) {
        return new CaseFacts(org, incident(), population(), noticeFacts(), "SP7F3A");
    }

    public static LetterRecipient person(String id, String name, String jurisdiction, String language,
                                         Set<DataCategory> categories) {
        return new LetterRecipient(id, name, List.of("12 Main Street", "Springfield"), jurisdiction, language,
                categories);
    }

    /** Composes one letter to {@code person} with the named template. */
    public static ComposedLetter compose(String templateId, OrganizationProfile org, LetterRecipient person,
                                         boolean draft) {
        LetterTemplate template = CATALOG.require(templateId);
        LetterDataBuilder data = new LetterDataBuilder(facts(org));
        LetterValues values = data.forPerson(person, template.language(), LETTER_DATE, draft, List.of());
        List<String> address = new java.util.ArrayList<>();
        address.add(person.name());
        address.addAll(person.addressLines());
        return new LetterComposer(org, RULES.fingerprint()).compose(template, values, address, LETTER_DATE, draft);
    }

    /** Composes a regulator notice for {@code ruleId} (EU rules addressed to {@code state}'s authority). */
    public static ComposedLetter composeNotice(String templateId, String ruleId, String state) {
        LetterTemplate template = CATALOG.require(templateId);
        NoticeObligation o = RULES.find(ruleId).orElseThrow();
        if (state != null) {
            o = o.forState(state).orElse(o);
        }
        LetterValues values = new LetterDataBuilder(facts(organization()))
                .forObligation(o, template.language(), LETTER_DATE, NOTICE_AT, false);
        String to = o.authorityName() != null ? o.authorityName() : o.recipientName();
        return new LetterComposer(organization(), RULES.fingerprint())
                .compose(template, values, List.of(to), LETTER_DATE, false);
    }
}
