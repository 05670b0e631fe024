package com.breachdesk.letters.batch;

import com.breachdesk.letters.data.LetterRecipient;
import com.breachdesk.vocabulary.DataCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvRecipientsTest {

    @TempDir
    Path dir;

    private Path file(String... rows) throws Exception {
        Path f = dir.resolve("people.csv");
        Files.writeString(f, "person_id,name,address_line_1,address_line_2,jurisdiction,language,categories\n"
                + String.join("\n", rows) + "\n");
        return f;
    }

    @Test
    void readsRecipientsPageByPageInFileOrder() throws Exception {
        try (CsvRecipients people = CsvRecipients.open(file("A,Ann,1 St,Town,us-ca,EN,name;ssn", "B,Bo,2 St,,PL,en,email",
                "C,Cy,3 St,,US-MA,en,"))) {
            List<LetterRecipient> first = people.page(RecipientFilter.ALL, null, 2);
            assertThat(first).extracting(LetterRecipient::personId).containsExactly("A", "B");
            assertEquals(new LetterRecipient("A", "Ann", List.of("1 St", "Town"), "US-CA", "en",
                    Set.of(DataCategory.NAME, DataCategory.SSN)), first.get(0));
            assertThat(people.page(RecipientFilter.ALL, "B", 2)).extracting(LetterRecipient::personId).containsExactly("C");
            assertThat(people.page(RecipientFilter.ALL, "A", 1)).extracting(LetterRecipient::personId).containsExactly("B");
        }
    }

    @Test
    void filtersByJurisdictionAndCountsPeoplePerJurisdiction() throws Exception {
        try (CsvRecipients people = CsvRecipients.open(file("A,Ann,1 St,,US-CA,en,name", "B,Bo,2 St,,PL,en,name",
                "C,Cy,3 St,,US-MA,en,name"))) {
            RecipientFilter us = new RecipientFilter("us", 0);
            assertEquals(2, people.count(us));
            assertThat(people.page(us, null, 10)).extracting(LetterRecipient::personId).containsExactly("A", "C");
            assertEquals(1, people.population().people("PL"));
            assertEquals(2, people.population().people("US"));
        }
    }

    @Test
    void refusesAFileWithBadRowsNamingEachLine() throws Exception {
        Path f = file("A,Ann,1 St,,US-CA,en,name", ",NoId,2 St,,PL,en,name", "C,Cy,3 St,,PL,en,shoe_size");
        assertThatThrownBy(() -> CsvRecipients.open(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 bad rows").hasMessageContaining("line 3: person_id is empty")
                .hasMessageContaining("line 4: Unknown DataCategory 'shoe_size'");
    }
}
