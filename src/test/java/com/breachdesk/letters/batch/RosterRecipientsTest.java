package com.breachdesk.letters.batch;

import com.breachdesk.jurisdiction.Confidence;
import com.breachdesk.jurisdiction.Resolution;
import com.breachdesk.jurisdiction.ResolutionMethod;
import com.breachdesk.roster.NotificationStatus;
import com.breachdesk.roster.Person;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RosterRecipientsTest {

    private static Person person(String street, String city, String region, String postal, String country, String j) {
        return new Person(7, 1, 2, null, null, "Ann Lee", null, null, null,
                new Person.Address(street, city, region, postal, country), null, "en-US",
                new Resolution(j, ResolutionMethod.values()[0], Confidence.values()[0]), Set.of(), NotificationStatus.PENDING);
    }

    @Test
    void usAddressesPutCityStateAndZipOnOneLine() {
        assertEquals(List.of("1 Main St", "Apt 4", "San Jose, CA 95113", "US"),
                RosterRecipients.addressLines(person("1 Main St\nApt 4", "San Jose", "CA", "95113", "US", "US-CA")));
    }

    @Test
    void ukAddressesPutThePostcodeOnItsOwnLine() {
        assertEquals(List.of("10 Downing St", "London", "SW1A 2AA", "United Kingdom"),
                RosterRecipients.addressLines(person("10 Downing St", "London", null, "SW1A 2AA", "United Kingdom", "GB")));
    }

    @Test
    void europeanAddressesPutThePostalCodeBeforeTheCity() {
        assertEquals(List.of("вул. Хрещатик 1", "01001 Київ", "Україна"),
                RosterRecipients.addressLines(person("вул. Хрещатик 1", "Київ", null, "01001", "Україна", "UA")));
    }

    @Test
    void aMissingCountryIsNamedFromTheResolvedJurisdiction() {
        assertThat(RosterRecipients.addressLines(person("ul. Długa 1", "Warszawa", null, "00-001", null, "PL")))
                .endsWith("Poland");
    }

    @Test
    void languagesAreReadAsLetterLanguageCodes() {
        assertEquals("uk", RosterRecipients.language("uk-UA"));
        assertEquals("uk", RosterRecipients.language("Українська"));
        assertEquals("en", RosterRecipients.language("English"));
        assertEquals("", RosterRecipients.language(null));
    }

    @Test
    void recipientsCarryTheRosterIdAndJurisdiction() {
        var r = RosterRecipients.recipient(person("1 Main St", "San Jose", "CA", "95113", "US", "US-CA"));
        assertEquals("7", r.personId());
        assertEquals("US-CA", r.jurisdiction());
        assertEquals("en", r.language());
    }
}
