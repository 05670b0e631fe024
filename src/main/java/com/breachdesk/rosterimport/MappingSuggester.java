package com.breachdesk.rosterimport;

import com.breachdesk.vocabulary.DataCategory;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proposes a column mapping from header names as CRM, billing and help-desk exports write them, in
 * English and Ukrainian (and the Russian forms older Ukrainian systems use): "E-mail", "Email Address",
 * "Ел. пошта" ⇒ email; "State", "Province", "Область" ⇒ region. Each header is used at most once; the
 * responder confirms or corrects the proposal.
 */
public final class MappingSuggester {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Map<RosterField, List<String>> FIELD_NAMES = new EnumMap<>(Map.ofEntries(
            Map.entry(RosterField.EXTERNAL_ID, List.of("id", "external id", "customer id", "client id", "user id",
                    "account id", "customer number", "client number", "account number", "contract number",
                    "subscriber id", "ідентифікатор", "id клієнта", "код клієнта", "номер клієнта", "номер договору",
                    "особовий рахунок", "id абонента", "код абонента", "лицевой счет", "номер абонента")),
            Map.entry(RosterField.FULL_NAME, List.of("name", "full name", "fullname", "customer name", "client name",
                    "contact name", "subscriber", "subscriber name", "піб", "п і б", "пиб", "фио", "ф и о",
                    "прізвище ім я по батькові", "повне ім я", "ім я та прізвище", "клієнт", "абонент")),
            Map.entry(RosterField.FIRST_NAME, List.of("first name", "firstname", "given name", "forename", "first",
                    "ім я", "імя", "имя")),
            Map.entry(RosterField.LAST_NAME, List.of("last name", "lastname", "surname", "family name", "last",
                    "прізвище", "фамилия")),
            Map.entry(RosterField.EMAIL, List.of("email", "e mail", "email address", "e mail address", "mail",
                    "email адреса", "e mail адреса", "ел пошта", "ел адреса", "електронна пошта", "електронна адреса",
                    "пошта", "эл почта", "электронная почта", "почта")),
            Map.entry(RosterField.PHONE, List.of("phone", "phone number", "telephone", "tel", "mobile",
                    "mobile phone", "mobile number", "cell", "cell phone", "msisdn", "contact phone", "телефон",
                    "номер телефону", "тел", "мобільний", "мобільний телефон", "номер телефона", "контактний телефон")),
            Map.entry(RosterField.STREET_1, List.of("address", "street", "street address", "address line 1",
                    "address 1", "address1", "street 1", "addr1", "адреса", "вулиця", "адрес", "улица")),
            Map.entry(RosterField.STREET_2, List.of("address line 2", "address 2", "address2", "street 2", "addr2",
                    "apartment", "apt", "suite", "квартира", "адреса 2")),
            Map.entry(RosterField.CITY, List.of("city", "town", "locality", "city town", "місто", "населений пункт",
                    "город")),
            Map.entry(RosterField.REGION, List.of("state", "province", "region", "state province", "state region",
                    "state code", "county", "область", "регіон", "штат", "провінція", "край", "регион")),
            Map.entry(RosterField.POSTAL_CODE, List.of("zip", "zip code", "zipcode", "postal code", "postcode",
                    "post code", "postal", "індекс", "поштовий індекс", "почтовый индекс", "индекс")),
            Map.entry(RosterField.COUNTRY, List.of("country", "country code", "country name", "nation", "країна",
                    "страна", "держава")),
            Map.entry(RosterField.DATE_OF_BIRTH, List.of("date of birth", "dob", "birth date", "birthdate",
                    "birthday", "born", "дата народження", "дата рождения", "день народження")),
            Map.entry(RosterField.LANGUAGE, List.of("language", "preferred language", "lang", "locale", "мова",
                    "мова спілкування", "язык")),
            Map.entry(RosterField.CATEGORIES, List.of("data categories", "categories", "data category",
                    "data involved", "категорії даних", "категорії"))));

    /** Columns whose presence shows what was exposed; their values are never stored. */
    private static final Map<String, DataCategory> CATEGORY_COLUMN_NAMES = Map.ofEntries(
            Map.entry("card number", DataCategory.PAYMENT_CARD), Map.entry("card", DataCategory.PAYMENT_CARD),
            Map.entry("card no", DataCategory.PAYMENT_CARD), Map.entry("pan", DataCategory.PAYMENT_CARD),
            Map.entry("credit card", DataCategory.PAYMENT_CARD), Map.entry("credit card number", DataCategory.PAYMENT_CARD),
            Map.entry("номер картки", DataCategory.PAYMENT_CARD), Map.entry("картка", DataCategory.PAYMENT_CARD),
            Map.entry("номер карты", DataCategory.PAYMENT_CARD),
            Map.entry("ssn", DataCategory.SSN), Map.entry("social security number", DataCategory.SSN),
            Map.entry("passport", DataCategory.PASSPORT), Map.entry("passport number", DataCategory.PASSPORT),
            Map.entry("паспорт", DataCategory.PASSPORT), Map.entry("номер паспорта", DataCategory.PASSPORT),
            Map.entry("iban", DataCategory.FINANCIAL_ACCOUNT), Map.entry("bank account", DataCategory.FINANCIAL_ACCOUNT),
            Map.entry("рахунок iban", DataCategory.FINANCIAL_ACCOUNT),
            Map.entry("ip", DataCategory.IP_ADDRESS), Map.entry("ip address", DataCategory.IP_ADDRESS),
            Map.entry("last ip", DataCategory.IP_ADDRESS), Map.entry("ip адреса", DataCategory.IP_ADDRESS),
            Map.entry("device id", DataCategory.DEVICE_ID), Map.entry("imei", DataCategory.DEVICE_ID),
            Map.entry("password", DataCategory.ACCOUNT_CREDENTIALS),
            Map.entry("password hash", DataCategory.ACCOUNT_CREDENTIALS), Map.entry("пароль", DataCategory.ACCOUNT_CREDENTIALS),
            Map.entry("tax id", DataCategory.TAX_ID), Map.entry("tin", DataCategory.TAX_ID),
            Map.entry("іпн", DataCategory.TAX_ID), Map.entry("рнокпп", DataCategory.TAX_ID), Map.entry("инн", DataCategory.TAX_ID),
            Map.entry("driver license", DataCategory.DRIVERS_LICENSE),
            Map.entry("drivers license", DataCategory.DRIVERS_LICENSE),
            Map.entry("driver s license", DataCategory.DRIVERS_LICENSE),
            Map.entry("national id", DataCategory.NATIONAL_ID), Map.entry("id card", DataCategory.NATIONAL_ID),
            Map.entry("call records", DataCategory.CALL_METADATA), Map.entry("cdr", DataCategory.CALL_METADATA));

    private MappingSuggester() {
    }

    /** Folds a header for matching: lower case, punctuation as single spaces ("E-mail" ⇒ "e mail"). */
    static String fold(String header) {
        return NOT_WORD.matcher(header.toLowerCase(Locale.ROOT).replace("’", "").replace("'", " "))
                .replaceAll(" ").strip();
    }

    public static ColumnMapping suggest(List<String> headers) {
        ColumnMapping mapping = ColumnMapping.empty();
        Set<String> used = new HashSet<>();
        Map<String, String> byFolded = new HashMap<>();
        for (String h : headers) {
            byFolded.putIfAbsent(fold(h), h);
        }
        for (Map.Entry<RosterField, List<String>> e : FIELD_NAMES.entrySet()) {
            for (String name : e.getValue()) {
                String header = byFolded.get(name);
                if (header != null && used.add(header)) {
                    mapping = mapping.withField(e.getKey(), header);
                    break;
                }
            }
        }
        // "Name" alongside first/last name columns is usually a company or display name: prefer the parts.
        if (mapping.header(RosterField.FULL_NAME) != null && mapping.header(RosterField.FIRST_NAME) != null
                && mapping.header(RosterField.LAST_NAME) != null) {
            mapping = mapping.withField(RosterField.FULL_NAME, null);
        }
        for (String h : headers) {
            DataCategory category = CATEGORY_COLUMN_NAMES.get(fold(h));
            if (category != null && !used.contains(h)) {
                used.add(h);
                mapping = mapping.withCategoryColumn(h, category);
            }
        }
        return mapping;
    }
}
