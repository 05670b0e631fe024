package com.breachdesk.vocabulary;

/**
 * The fixed vocabulary of personal-data categories. Ids are shared by the case file, the rule pack,
 * roster imports and the CLI. Attributes are what the rules read: the ENISA data class drives the
 * severity score, the GDPR flags decide Art 9/10 handling.
 */
public enum DataCategory implements Coded {
    NAME("name", "Name", EnisaDataClass.SIMPLE),
    EMAIL("email", "Email address", EnisaDataClass.SIMPLE),
    PHONE("phone", "Phone number", EnisaDataClass.SIMPLE),
    POSTAL_ADDRESS("postal_address", "Postal address", EnisaDataClass.SIMPLE),
    COMPANY("company", "Company / employer", EnisaDataClass.SIMPLE),
    DATE_OF_BIRTH("date_of_birth", "Date of birth", EnisaDataClass.SIMPLE),
    ACCOUNT_CREDENTIALS("account_credentials", "Account credentials (username or email + password)",
            EnisaDataClass.FINANCIAL),
    PAYMENT_CARD("payment_card", "Payment card number", EnisaDataClass.FINANCIAL),
    FINANCIAL_ACCOUNT("financial_account", "Financial account number", EnisaDataClass.FINANCIAL),
    FINANCIAL_ACCOUNT_WITH_ACCESS_CODE("financial_account_with_access_code",
            "Account or card number with its access code, PIN or password", EnisaDataClass.FINANCIAL),
    BILLING_ADDRESS("billing_address", "Billing address", EnisaDataClass.SIMPLE),
    SSN("ssn", "Social Security number", EnisaDataClass.FINANCIAL),
    NATIONAL_ID("national_id", "National / state ID number", EnisaDataClass.FINANCIAL),
    DRIVERS_LICENSE("drivers_license", "Driver's licence number", EnisaDataClass.FINANCIAL),
    PASSPORT("passport", "Passport number", EnisaDataClass.FINANCIAL),
    TAX_ID("tax_id", "Tax identification number", EnisaDataClass.FINANCIAL),
    HEALTH("health", "Health / medical information", EnisaDataClass.SENSITIVE, true, false, false),
    HEALTH_INSURANCE("health_insurance", "Health insurance information", EnisaDataClass.SENSITIVE),
    BIOMETRIC("biometric", "Biometric data", EnisaDataClass.SENSITIVE, true, false, false),
    GENETIC("genetic", "Genetic data", EnisaDataClass.SENSITIVE, true, false, false),
    PRECISE_GEOLOCATION("precise_geolocation", "Precise geolocation", EnisaDataClass.BEHAVIOURAL),
    IP_ADDRESS("ip_address", "IP address", EnisaDataClass.BEHAVIOURAL),
    DEVICE_ID("device_id", "Device identifier", EnisaDataClass.BEHAVIOURAL),
    ONLINE_IDENTIFIER_COOKIES("online_identifier_cookies", "Cookies / online identifiers", EnisaDataClass.BEHAVIOURAL),
    CALL_METADATA("call_metadata", "Call records (numbers, times, duration)", EnisaDataClass.BEHAVIOURAL),
    COMMUNICATIONS_CONTENT("communications_content", "Content of communications", EnisaDataClass.SENSITIVE),
    SUPPORT_MESSAGES("support_messages", "Support messages", EnisaDataClass.BEHAVIOURAL),
    USAGE_DATA("usage_data", "Usage data", EnisaDataClass.BEHAVIOURAL),
    PREFERENCES("preferences", "Preferences", EnisaDataClass.BEHAVIOURAL),
    SPECIAL_CATEGORY_OTHER("special_category_other",
            "Special category (ethnic origin, political or religious beliefs, trade union, sex life)",
            EnisaDataClass.SENSITIVE, true, false, false),
    CRIMINAL_RECORDS("criminal_records", "Criminal convictions and offences", EnisaDataClass.SENSITIVE,
            false, true, false),
    CHILDREN_DATA("children_data", "Data about children", EnisaDataClass.SIMPLE, false, false, true);

    /** ENISA (2013) personal-data-breach severity: the data-processing-context classes. */
    public enum EnisaDataClass {
        SIMPLE(1), BEHAVIOURAL(2), FINANCIAL(3), SENSITIVE(4);

        private final int baseScore;

        EnisaDataClass(int baseScore) {
            this.baseScore = baseScore;
        }

        public int baseScore() {
            return baseScore;
        }
    }

    private final String id;
    private final String label;
    private final EnisaDataClass enisaClass;
    private final boolean gdprSpecialCategory;
    private final boolean gdprCriminal;
    private final boolean vulnerableSubjects;

    DataCategory(String id, String label, EnisaDataClass enisaClass) {
        this(id, label, enisaClass, false, false, false);
    }

    DataCategory(String id, String label, EnisaDataClass enisaClass, boolean gdprSpecialCategory,
                 boolean gdprCriminal, boolean vulnerableSubjects) {
        this.id = id;
        this.label = label;
        this.enisaClass = enisaClass;
        this.gdprSpecialCategory = gdprSpecialCategory;
        this.gdprCriminal = gdprCriminal;
        this.vulnerableSubjects = vulnerableSubjects;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    public EnisaDataClass enisaClass() {
        return enisaClass;
    }

    /** GDPR Art 9 special category. */
    public boolean gdprSpecialCategory() {
        return gdprSpecialCategory;
    }

    /** GDPR Art 10 criminal convictions and offences. */
    public boolean gdprCriminal() {
        return gdprCriminal;
    }

    /** The people concerned are vulnerable (children): aggravates severity. */
    public boolean vulnerableSubjects() {
        return vulnerableSubjects;
    }
}
