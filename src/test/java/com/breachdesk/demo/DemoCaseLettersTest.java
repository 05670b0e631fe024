package com.breachdesk.demo;

import com.breachdesk.letters.LetterFixtures;
import com.breachdesk.letters.data.LetterDataBuilder;
import com.breachdesk.letters.data.LetterRecipient;
import com.breachdesk.letters.template.LetterTemplate;
import com.breachdesk.session.CaseSession;
import com.breachdesk.vocabulary.DataCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The demo case is meant to be explored: its customer letters and first notices fill without missing facts. */
class DemoCaseLettersTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"ua-individual, UA, uk", "gdpr-art34-individual, PL, en", "eprivacy-subscriber, DE, en"})
    void customerLettersHaveEveryFactTheyNeed(String templateId, String jurisdiction, String language) throws Exception {
        try (CaseSession session = DemoCase.create(dir.resolve("demo.breachcase"), "test", Clock.systemUTC())) {
            LetterTemplate template = LetterFixtures.CATALOG.require(templateId);
            LetterDataBuilder data = new LetterDataBuilder(session.letters().facts(session.affectedPopulation()));
            LetterRecipient customer = new LetterRecipient("P1", "Олена Ковальчук", List.of("вул. Хрещатик, 1", "Київ"),
                    jurisdiction, language, Set.of(DataCategory.NAME, DataCategory.PHONE, DataCategory.CALL_METADATA));
            assertThatCode(() -> template.checkValues(data.forPerson(customer, template.language(),
                    LetterFixtures.LETTER_DATE, true, List.of()))).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest
    @CsvSource({"eprivacy-611-initial, eu-eprivacy-611-initial, PL", "gdpr-art33-initial, eu-gdpr-art33-sa-each-state, DE"})
    void firstNoticesToAuthoritiesHaveEveryFactTheyNeed(String templateId, String ruleId, String state) throws Exception {
        try (CaseSession session = DemoCase.create(dir.resolve("demo.breachcase"), "test", Clock.systemUTC())) {
            LetterTemplate template = LetterFixtures.CATALOG.require(templateId);
            LetterDataBuilder data = new LetterDataBuilder(session.letters().facts(session.affectedPopulation()));
            var obligation = LetterFixtures.RULES.find(ruleId).orElseThrow().forState(state).orElseThrow();
            assertThatCode(() -> template.checkValues(data.forObligation(obligation, template.language(),
                    LetterFixtures.LETTER_DATE, LetterFixtures.NOTICE_AT, true))).doesNotThrowAnyException();
        }
    }

    @Test
    void noFactClaimsWhatHasNotHappenedInTheDemo() {
        assertThat(DemoCase.NOTICE_FACTS).doesNotContainKeys("authority_reference", "subscribers_notified",
                "delay_reasons", "initial_notification_date", "identity_services");
    }
}
