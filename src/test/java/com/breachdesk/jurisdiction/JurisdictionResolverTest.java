package com.breachdesk.jurisdiction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class JurisdictionResolverTest {

    private static final JurisdictionResolver RESOLVER = new JurisdictionResolver();

    private static Resolution resolve(String country, String region, String postal, String phone) {
        return RESOLVER.resolve(new JurisdictionResolver.Clues(country, region, postal, phone));
    }

    @ParameterizedTest(name = "country \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "Ukraine|UA", "Україна|UA", "Украина|UA", "UA|UA", "ukr|UA", "  ua |UA",
            "USA|US", "U.S.|US", "U.S.A.|US", "United States of America|US", "United States|US", "США|US",
            "Сполучені Штати|US", "UK|GB", "U.K.|GB", "Great Britain|GB", "United Kingdom|GB", "England|GB",
            "Велика Британія|GB", "GBR|GB", "Deutschland|DE", "Germany|DE", "Німеччина|DE", "Германия|DE",
            "Polska|PL", "Польща|PL", "France|FR", "Česko|CZ", "Czech Republic|CZ", "the Netherlands|NL",
            "Holland|NL", "Moldova|MD", "Republic of Moldova|MD", "Türkiye|TR", "Turkey|TR", "Switzerland|CH",
            "Schweiz|CH", "Canada|CA", "Australia|AU", "Puerto Rico|US-PR", "Guam|US-GU"})
    void resolvesCountryNamesCodesAndVariants(String country, String expected) {
        Resolution r = resolve(country, null, null, null);
        assertThat(r.jurisdiction()).isEqualTo(expected);
        assertThat(r.method()).isEqualTo(ResolutionMethod.ADDRESS);
        assertThat(r.confidence()).isEqualTo(Confidence.HIGH);
    }

    @ParameterizedTest(name = "{0}, {1} is {2}")
    @CsvSource(delimiter = '|', value = {
            "US|California|US-CA", "USA|CA|US-CA", "United States|ny|US-NY", "US|New York|US-NY",
            "US|District of Columbia|US-DC", "US|Washington|US-WA", "US|PR|US-PR", "US|Texas|US-TX",
            "Canada|Quebec|CA-QC", "Canada|Québec|CA-QC", "CA|QC|CA-QC", "Canada|Alberta|CA-AB", "Canada|BC|CA-BC",
            "Canada|Nouvelle-Écosse|CA-NS", "Australia|NSW|AU-NSW", "Australia|New South Wales|AU-NSW",
            "AU|WA|AU-WA", "Australia|Victoria|AU-VIC", "Germany|Bavaria|DE"})
    void resolvesStatesProvincesAndAustralianStates(String country, String region, String expected) {
        assertThat(resolve(country, region, null, null).jurisdiction()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "ZIP {0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "94105|US-CA", "10001|US-NY", "02134|US-MA", "2134|US-MA", "73301|US-TX", "20500|US-DC",
            "00901|US-PR", "96910|US-GU", "96799|US-AS", "96801|US-HI", "99501|US-AK", "05501|US-MA",
            "30301-1234|US-GA", "606011234|US-IL", "88510|US-TX", "20101|US-VA", "57001|US-SD"})
    void resolvesAUsStateFromTheZipWhenTheStateIsMissing(String zip, String expected) {
        Resolution r = resolve("US", null, zip, null);
        assertThat(r.jurisdiction()).isEqualTo(expected);
        assertThat(r.method()).isEqualTo(ResolutionMethod.POSTAL_CODE);
        assertThat(r.confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @ParameterizedTest(name = "ZIP {0} names no state")
    @CsvSource({"09001", "96201", "abcde", "1234567", "96940"})
    void militaryUnassignedAndMalformedZipsStayAtCountryLevel(String zip) {
        Resolution r = resolve("US", null, zip, null);
        assertThat(r.jurisdiction()).isEqualTo("US");
        assertThat(r.method()).isEqualTo(ResolutionMethod.ADDRESS);
    }

    @Test
    void aStatedStateWinsOverTheZip() {
        assertThat(resolve("US", "Oregon", "94105", null).jurisdiction()).isEqualTo("US-OR");
    }

    @Test
    void resolvesACanadianProvinceFromThePostalCode() {
        assertThat(resolve("Canada", null, "H2X 1Y4", null).jurisdiction()).isEqualTo("CA-QC");
        assertThat(resolve("Canada", null, "X0A 0H0", null).jurisdiction()).isEqualTo("CA");
    }

    @ParameterizedTest(name = "phone {0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "+380 44 123 4567|UA", "+48 600 100 200|PL", "0044 20 7946 0000|GB", "+1 416 555 0199|CA",
            "+1 787 555 0100|US-PR", "+1 212 555 0100|US"})
    void usesThePhoneCountryOnlyWhenThereIsNoUsableAddress(String phone, String expected) {
        Resolution r = resolve(null, null, null, phone);
        assertThat(r.jurisdiction()).isEqualTo(expected);
        assertThat(r.method()).isEqualTo(ResolutionMethod.PHONE);
        assertThat(r.confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void anAddressCountryWinsOverThePhone() {
        assertThat(resolve("Poland", null, null, "+380 44 123 4567").jurisdiction()).isEqualTo("PL");
    }

    @ParameterizedTest(name = "country \"{0}\", region \"{1}\", phone \"{2}\" stays unresolved")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Kyiv|-|-", "-|-|-", "Atlantis|-|-", "-|WA|-", "-|NT|-", "-|-|044 123 4567", "-|-|+999 123",
            "-|Springfield|-"})
    void whatCannotBePlacedStaysUnresolved(String country, String region, String phone) {
        Resolution r = resolve(country, region, null, phone);
        assertThat(r.resolved()).isFalse();
        assertThat(r.display()).isEqualTo("unknown");
        assertThat(r.method()).isEqualTo(ResolutionMethod.UNRESOLVED);
    }

    @Test
    void aStateNamedWithoutItsCountryResolvesWithMediumConfidence() {
        Resolution r = resolve(null, "Texas", null, null);
        assertThat(r.jurisdiction()).isEqualTo("US-TX");
        assertThat(r.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(resolve("California", null, null, null).jurisdiction()).isEqualTo("US-CA");
        assertThat(resolve(null, "Ontario", null, null).jurisdiction()).isEqualTo("CA-ON");
    }

    @ParameterizedTest(name = "phone {0} in {1} is {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "+1 (415) 555-0100|-|+14155550100", "001 415 555 0100|-|+14155550100", "(415) 555-0100|US|+14155550100",
            "+44 (0) 20 7946 0000|-|+442079460000", "044 123 4567|UA|+380441234567", "+380-44-123-45-67|-|+380441234567"})
    void phonesAreNormalisedToE164(String raw, String country, String expected) {
        assertThat(RESOLVER.phones().e164(raw, country)).contains(expected);
    }

    @Test
    void aPhoneWithoutCountryCodeOrCountryHasNoE164Form() {
        assertThat(RESOLVER.phones().e164("044 123 4567", null)).isEmpty();
    }
}
