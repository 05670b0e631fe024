package com.breachdesk.delivery;

import com.breachdesk.letters.batch.RecipientFilter;
import com.breachdesk.letters.batch.RosterRecipientSource;
import com.breachdesk.letters.data.LetterRecipient;
import com.breachdesk.roster.NotificationStatus;
import com.breachdesk.roster.NotificationStatuses;
import com.breachdesk.roster.Person;
import com.breachdesk.roster.RosterFilter;
import com.breachdesk.rosterimport.CsvFormat;
import com.breachdesk.rosterimport.ImportListener;
import com.breachdesk.rosterimport.MappingSuggester;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestCases;
import com.breachdesk.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Roster people as letter recipients, and the status change marking a batch sent makes. */
class RosterRecipientSourceTest {

    @TempDir
    Path dir;

    private CaseSession session;

    @BeforeEach
    void importRoster() throws Exception {
        session = TestCases.create(dir, TestClock.at("2026-03-02T10:00:00Z"));
        Path csv = dir.resolve("crm.csv");
        Files.writeString(csv, "Name,Street,City,State,Zip,Country,Language\n"
                + "Ann Lee,1 Main St,San Jose,CA,95113,US,en\nBo Chen,2 Elm Ave,Austin,TX,78701,US,en\n"
                + "Olena Shevchenko,вул. Хрещатик 1,Київ,,01001,Україна,uk\n", StandardCharsets.UTF_8);
        session.rosterImporter().importFile(csv, new CsvFormat(StandardCharsets.UTF_8, 0, ','),
                MappingSuggester.suggest(List.of("Name", "Street", "City", "State", "Zip", "Country", "Language")),
                ImportListener.NONE);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void everyPersonIsARecipientNamedByRosterIdWithTheirAddress() {
        List<LetterRecipient> all = new RosterRecipientSource(session.roster()).page(RecipientFilter.ALL, null, 10);
        assertThat(all).hasSize(3);
        LetterRecipient ann = all.get(0);
        assertThat(ann.personId()).isEqualTo(Long.toString(session.roster().page(RosterFilter.ALL, 0, 1).get(0).id()));
        assertThat(ann.name()).isEqualTo("Ann Lee");
        assertThat(ann.addressLines()).containsExactly("1 Main St", "San Jose CA 95113", "US");
        assertThat(ann.jurisdiction()).isEqualTo("US-CA");
        assertThat(all.get(2).language()).isEqualTo("uk");
    }

    @Test
    void aJurisdictionFilterKeepsOnlyItsPeopleAcrossPages() {
        RosterRecipientSource source = new RosterRecipientSource(session.roster());
        RecipientFilter us = new RecipientFilter("US", 0);
        assertThat(source.count(us)).isEqualTo(2);
        List<LetterRecipient> first = source.page(us, null, 1);
        List<LetterRecipient> second = source.page(us, first.get(0).personId(), 1);
        assertThat(List.of(first.get(0).jurisdiction(), second.get(0).jurisdiction())).containsExactly("US-CA", "US-TX");
        assertThat(source.page(us, second.get(0).personId(), 1)).isEmpty();
    }

    @Test
    void statusChangesOnlyForTheGivenPeopleWhoExist() {
        List<Person> people = session.roster().page(RosterFilter.ALL, 0, 10);
        NotificationStatuses.Change change = session.file().write(tx -> NotificationStatuses.set(tx.connection(),
                List.of(people.get(0).id(), 99_999L), NotificationStatus.SENT));
        assertThat(change).isEqualTo(new NotificationStatuses.Change(1, 1));
        assertThat(session.roster().page(RosterFilter.ALL, 0, 10)).extracting(Person::notificationStatus)
                .containsExactly(NotificationStatus.SENT, NotificationStatus.PENDING, NotificationStatus.PENDING);
    }
}
