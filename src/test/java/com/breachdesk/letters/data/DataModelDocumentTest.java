package com.breachdesk.letters.data;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DataModelDocumentTest {

    @Test
    void theDocumentedDataModelNamesEveryField() throws Exception {
        String doc = Files.readString(Path.of("docs/letter-data-model.md"));
        for (DataField f : DataModel.fields()) {
            assertThat(doc).as(f.path()).contains("`" + f.path() + "`");
            for (DataField item : f.itemFields()) {
                assertThat(doc).as(f.path() + " item " + item.path()).contains("`" + item.path() + "`");
            }
        }
    }

    @Test
    void noticeFactsInOtherLanguagesAreOnlyPrintedInThatLanguage() {
        CaseFacts facts = new CaseFacts(com.breachdesk.organization.OrganizationProfile.empty(),
                com.breachdesk.incident.Incident.empty(), com.breachdesk.population.AffectedPopulation.none(),
                java.util.Map.of("advice", "Be careful", "advice@uk", "Будьте обережні", "likely_consequences", "Phishing",
                        "contact_phone", "0800"), "REF");
        LetterDataBuilder b = new LetterDataBuilder(facts);
        var person = new LetterRecipient("P1", "A", java.util.List.of("x"), "UA", "uk", java.util.Set.of());
        var uk = b.forPerson(person, LetterLanguage.UKRAINIAN, java.time.LocalDate.of(2026, 3, 5), false, java.util.List.of());
        var en = b.forPerson(person, LetterLanguage.ENGLISH, java.time.LocalDate.of(2026, 3, 5), false, java.util.List.of());
        assertThat(uk.get("notice.advice")).isEqualTo("Будьте обережні");
        assertThat(uk.get("notice.likely_consequences")).isNull();
        assertThat(uk.get("notice.contact_phone")).isEqualTo("0800");
        assertThat(en.get("notice.advice")).isEqualTo("Be careful");
        assertThat(uk.get("letter.date")).isEqualTo("5 березня 2026 р.");
    }
}
