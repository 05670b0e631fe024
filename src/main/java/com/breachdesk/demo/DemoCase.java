package com.breachdesk.demo;

import com.breachdesk.casefile.CaseFileRefusedException;
import com.breachdesk.casefile.VerifiedFiles;
import com.breachdesk.incident.IncidentField;
import com.breachdesk.organization.InventoryItem;
import com.breachdesk.organization.OrganizationField;
import com.breachdesk.organization.OrganizationProfile;
import com.breachdesk.session.CaseSession;
import com.breachdesk.time.MomentInZone;
import com.breachdesk.timeline.TimelineKind;
import com.breachdesk.vocabulary.Coded;
import com.breachdesk.vocabulary.DataCategory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import static com.breachdesk.vocabulary.DataCategory.*;

/**
 * The demo case, built from code: SMART-POINT, a Kyiv VoIP provider whose billing/CRM database was
 * compromised. Times are set relative to the clock so that deadlines are live when the demo opens.
 * Everything here is labelled as demo data; contact details use the reserved {@code .example} domain.
 */
public final class DemoCase {

    public static final String TITLE = "Billing and CRM database compromise (demo)";
    public static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    private DemoCase() {
    }

    /** SMART-POINT's profile; its inventory maps the data listed in its privacy policy to our categories. */
    public static OrganizationProfile profile() {
        List<InventoryItem> inventory = List.of(
                new InventoryItem("Account data", Set.of(NAME, EMAIL, PHONE, COMPANY, ACCOUNT_CREDENTIALS)),
                new InventoryItem("Billing data", Set.of(BILLING_ADDRESS, PAYMENT_CARD, FINANCIAL_ACCOUNT)),
                new InventoryItem("Call records", Set.of(CALL_METADATA)),
                new InventoryItem("IP addresses", Set.of(IP_ADDRESS)),
                new InventoryItem("Device identifiers", Set.of(DEVICE_ID)),
                new InventoryItem("Cookies", Set.of(ONLINE_IDENTIFIER_COOKIES)),
                new InventoryItem("CRM data", Set.of(NAME, EMAIL, PHONE, POSTAL_ADDRESS, SUPPORT_MESSAGES, PREFERENCES)));
        Map<OrganizationField, String> v = new EnumMap<>(OrganizationField.class);
        v.put(OrganizationField.LEGAL_NAME, "SMART-POINT");
        v.put(OrganizationField.ADDRESS, "Kyiv\nUkraine");
        v.put(OrganizationField.REGISTRATION_NUMBER, "45826054");
        v.put(OrganizationField.CONTACT_NAME, "Privacy team (demo)");
        v.put(OrganizationField.CONTACT_EMAIL, "privacy@smart-point.example");
        v.put(OrganizationField.ESTABLISHMENTS, "UA");
        v.put(OrganizationField.SECTORS, "electronic_communications");
        v.put(OrganizationField.DATA_INVENTORY, OrganizationProfile.encodeInventory(inventory));
        v.put(OrganizationField.PAPER_SIZE, "a4");
        v.put(OrganizationField.ENVELOPE_WINDOW, "dl_left");
        return new OrganizationProfile(v);
    }

    public static CaseSession create(Path path, String actor, Clock clock) throws CaseFileRefusedException {
        return create(path, actor, clock, VerifiedFiles.none());
    }

    public static CaseSession create(Path path, String actor, Clock clock, VerifiedFiles verified)
            throws CaseFileRefusedException {
        CaseSession session = CaseSession.create(path, TITLE, profile(), actor, clock, verified);
        try {
            populate(session, clock.instant().truncatedTo(ChronoUnit.HOURS));
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    private static MomentInZone kyiv(Instant instant) {
        return new MomentInZone(instant, KYIV);
    }

    private static void populate(CaseSession session, Instant now) {
        Instant occurred = now.minus(Duration.ofHours(130));
        // Became aware 18 h ago: the 24 h ePrivacy notice is due within hours, the 72 h ones in about two days.
        Instant alert = now.minus(Duration.ofHours(27));
        Instant discovered = now.minus(Duration.ofHours(25));
        Instant aware = now.minus(Duration.ofHours(18));
        Instant contained = now.minus(Duration.ofHours(14));

        Map<IncidentField, String> f = new EnumMap<>(IncidentField.class);
        f.put(IncidentField.TYPE, "exfiltration_hacking");
        f.put(IncidentField.DESCRIPTION, "An attacker logged in to the billing/CRM database administration "
                + "interface with a reused administrator password and exported customer account, billing and "
                + "call-record tables.");
        f.put(IncidentField.OCCURRED_FROM, kyiv(occurred).encode());
        f.put(IncidentField.OCCURRED_TO, kyiv(alert).encode());
        f.put(IncidentField.DISCOVERED_AT, kyiv(discovered).encode());
        f.put(IncidentField.AWARE_AT, kyiv(aware).encode());
        f.put(IncidentField.AWARE_DECIDED_BY, "Head of Security, with the DPO");
        f.put(IncidentField.AWARE_EVIDENCE, "Database audit log shows full-table SELECTs from an unknown IP; "
                + "outbound transfer of 2.1 GB confirmed in firewall logs.");
        f.put(IncidentField.CONTAINED_AT, kyiv(contained).encode());
        f.put(IncidentField.STATUS, "contained");
        f.put(IncidentField.NATURE, "confidentiality");
        f.put(IncidentField.INTENT, "malicious");
        f.put(IncidentField.EXFILTRATION, "confirmed");
        f.put(IncidentField.ENCRYPTION, "none");
        f.put(IncidentField.DATA_RECOVERED, "false");
        f.put(IncidentField.APPROXIMATE_RECORDS, "48200");
        f.put(IncidentField.SYSTEMS_AFFECTED, "Billing database; CRM; database administration web interface");
        f.put(IncidentField.CAUSE, "Administration interface reachable from the internet; administrator password "
                + "reused from a third-party breach; no second factor.");
        f.put(IncidentField.MEASURES_TAKEN, "Interface taken offline and restricted to VPN; all administrator "
                + "passwords rotated; second factor enforced; SIP credentials of affected accounts reset.");
        f.put(IncidentField.LAW_ENFORCEMENT_DELAY, "false");
        f.put(IncidentField.DATA_CATEGORIES, Coded.joinIds(Set.of(NAME, EMAIL, PHONE, POSTAL_ADDRESS,
                BILLING_ADDRESS, CALL_METADATA, IP_ADDRESS, DEVICE_ID, SUPPORT_MESSAGES)));
        session.incident().setAll(f);

        var timeline = session.timeline();
        OptionalLong none = OptionalLong.empty();
        timeline.add(kyiv(occurred), TimelineKind.DETECTION,
                "First login to the database admin interface from an unknown IP (reconstructed from logs).", none);
        timeline.add(kyiv(alert), TimelineKind.DETECTION,
                "Monitoring alert: unusual outbound traffic from the billing database host.", none);
        var triage = timeline.add(kyiv(discovered), TimelineKind.DETECTION,
                "On-call engineer confirms full-table exports of the customer and billing tables.", none);
        timeline.add(kyiv(discovered.plus(Duration.ofMinutes(40))), TimelineKind.COMMUNICATION,
                "Incident response team convened; DPO and legal counsel informed.", none);
        timeline.add(kyiv(aware), TimelineKind.DECISION,
                "Head of Security and DPO conclude that personal data was exfiltrated: organization is aware.", none);
        timeline.add(kyiv(contained.minus(Duration.ofHours(2))), TimelineKind.CONTAINMENT,
                "Admin interface taken offline; access restricted to VPN.", none);
        timeline.add(kyiv(contained), TimelineKind.CONTAINMENT,
                "All administrator passwords rotated and second factor enforced.", none);
        timeline.add(kyiv(contained.plus(Duration.ofHours(3))), TimelineKind.DECISION,
                "Scope: customers in Ukraine, EU member states, the UK and the US; roster exports requested from "
                        + "CRM and billing.", none);
        timeline.add(kyiv(discovered.plus(Duration.ofMinutes(90))), TimelineKind.NOTE,
                "Correction: the exports began at 02:10 server time, not 03:10 (server clock is UTC).",
                OptionalLong.of(triage.id()));
        timeline.add(kyiv(now.minus(Duration.ofHours(2))), TimelineKind.COMMUNICATION,
                "Forensics firm engaged; preliminary report expected within 48 hours.", none);

        // Estimated customers per jurisdiction from the billing country field, until the roster is imported.
        for (Map.Entry<String, Long> e : ESTIMATES.entrySet()) {
            session.estimates().set(e.getKey(), e.getValue());
        }
        // What the DPO has written for the notices by now, so that the demo's letters and notices can be previewed.
        session.letters().noticeFacts().set(NOTICE_FACTS);
    }

    /**
     * The demo's notice facts (English, and Ukrainian where letters to customers in Ukraine need their own words).
     * Nothing that has not happened yet in the demo: no authority reference, no letters sent, no delay reasons.
     */
    public static final Map<String, String> NOTICE_FACTS = Map.ofEntries(
            Map.entry("likely_consequences", "Fraudsters could use your name, contact details and call history for "
                    + "convincing phishing messages or scam calls. Your payment card numbers were not stored in the "
                    + "affected database."),
            Map.entry("likely_consequences@uk", "Шахраї можуть використати ваше ім'я, контактні дані та історію "
                    + "дзвінків для переконливих фішингових повідомлень або шахрайських дзвінків. Номери ваших "
                    + "платіжних карток у цій базі даних не зберігалися."),
            Map.entry("measures_proposed", "We closed the administration interface to the internet, rotated every "
                    + "administrator password, enforced a second factor, reset the SIP credentials of affected "
                    + "accounts and engaged a forensics firm."),
            Map.entry("advice", "Be wary of calls, texts or emails that mention your account and ask for a payment, "
                    + "a password or a code; we will never ask for them. Change your self-care portal password if you "
                    + "use it elsewhere."),
            Map.entry("advice@uk", "Остерігайтеся дзвінків, SMS і листів, які згадують ваш рахунок і просять "
                    + "оплатити щось, назвати пароль або код: ми ніколи їх не просимо. Змініть пароль до особистого "
                    + "кабінету, якщо використовуєте його деінде."),
            Map.entry("summary@uk", "Зловмисник увійшов до адміністративного інтерфейсу нашої бази даних "
                    + "білінгу та CRM із повторно використаним паролем і скопіював дані облікових записів, рахунків "
                    + "і записи про дзвінки клієнтів."),
            Map.entry("measures_summary@uk", "Ми закрили інтерфейс від доступу з інтернету, змінили всі паролі "
                    + "адміністраторів, запровадили другий фактор і скинули SIP-облікові дані уражених абонентів."),
            Map.entry("breach_location", "Billing/CRM database server in the company's Kyiv data centre (disk "
                    + "storage), reached through its web administration interface."),
            Map.entry("cross_border_impact", "Subscribers in Poland, Germany, Czechia, Lithuania, the UK and the US "
                    + "are affected; the authorities of each state concerned are being notified."),
            Map.entry("malicious_suspected", "Yes: unauthorised access by an external attacker using a stolen "
                    + "administrator password."),
            Map.entry("severity_impact", "High: customer account, billing and call-record data copied; no service "
                    + "outage."),
            Map.entry("root_cause", "Administration interface reachable from the internet; administrator password "
                    + "reused from a third-party breach; no second factor."),
            Map.entry("mitigation_applied", "Interface restricted to VPN; passwords rotated; second factor enforced; "
                    + "SIP credentials reset; monitoring of outbound traffic tightened."));

    /** The demo's estimated affected customers per jurisdiction (they add up to the approximate records). */
    public static final Map<String, Long> ESTIMATES = Map.of("UA", 41_800L, "PL", 1_900L, "DE", 1_200L, "CZ", 640L,
            "LT", 310L, "GB", 1_150L, "US-NY", 620L, "US-CA", 410L, "US-TX", 170L);

    /** Categories the demo incident involves, for tests and documentation. */
    public static Set<DataCategory> categories() {
        return Set.of(NAME, EMAIL, PHONE, POSTAL_ADDRESS, BILLING_ADDRESS, CALL_METADATA, IP_ADDRESS, DEVICE_ID,
                SUPPORT_MESSAGES);
    }
}
