package com.breachdesk.letters.template;

import com.breachdesk.letters.LetterFixtures;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TemplateSelectorTest {

    private final TemplateSelector selector = new TemplateSelector(LetterFixtures.CATALOG);

    private String chosen(String jurisdiction, String language, Set<String> rules) {
        return selector.choose(jurisdiction, language, Audience.INDIVIDUAL, rules).template().orElseThrow().id();
    }

    @Test
    void californiansGetTheCaliforniaNotice() {
        assertEquals("us-ca-individual", chosen("US-CA", "en", Set.of("us-ca-individuals")));
    }

    @Test
    void massachusettsResidentsGetTheMassachusettsVariant() {
        assertEquals("us-ma-individual", chosen("US-MA", "en", Set.of("us-ma-individuals")));
    }

    @Test
    void otherStatesGetTheGenericUsNoticeReviewedAgainstTheirRule() {
        TemplateChoice c = selector.choose("US-TX", "en", Audience.INDIVIDUAL, Set.of("us-tx-individuals"));
        assertEquals("us-generic-individual", c.template().orElseThrow().id());
        assertThat(c.complete()).isTrue();
        assertThat(c.explanation()).contains("serves US-TX through [US]", "reviewed against us-tx-individuals");
    }

    @Test
    void aStateTheGenericNoticeWasNotReviewedForIsFlagged() {
        TemplateChoice c = selector.choose("US-NY", "en", Audience.INDIVIDUAL, Set.of("us-ny-individuals"));
        assertThat(c.complete()).isFalse();
        assertThat(c.explanation()).contains("NOT reviewed against us-ny-individuals");
    }

    @Test
    void ukrainianSpeakersInUkraineGetTheUkrainianNotice() {
        TemplateChoice c = selector.choose("UA", "uk", Audience.INDIVIDUAL, Set.of());
        assertEquals("ua-individual", c.template().orElseThrow().id());
        assertThat(c.explanation()).contains("no rule requires this notice");
    }

    @Test
    void ukrainianSpeakersInTheEeaGetTheUkrainianNoticeWhenItCoversTheRequiredRules() {
        assertEquals("ua-individual", chosen("PL", "uk", Set.of("eu-gdpr-art34-individuals")));
    }

    @Test
    void theRequiredRulesComeBeforeTheLanguage() {
        TemplateChoice c = selector.choose("PL", "uk", Audience.INDIVIDUAL,
                Set.of("eu-gdpr-art34-individuals", "eu-eprivacy-611-subscribers"));
        assertEquals("eprivacy-subscriber", c.template().orElseThrow().id());
        assertThat(c.explanation()).contains("no suitable template in 'uk', so in en");
    }

    @Test
    void aJurisdictionNoTemplateServesHasNoTemplate() {
        TemplateChoice c = selector.choose("BR", "en", Audience.INDIVIDUAL, Set.of("br-lgpd-individuals"));
        assertThat(c.template()).isEmpty();
        assertThat(c.explanation()).contains("no individual template serves BR");
    }

    @Test
    void attorneyGeneralNoticesUseTheCoverLetter() {
        assertEquals("us-ag-cover", selector.choose("US-MA", "en", Audience.ATTORNEY_GENERAL,
                Set.of("us-ma-attorney-general")).template().orElseThrow().id());
    }
}
