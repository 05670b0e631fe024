package com.breachdesk.ui;

import com.breachdesk.letters.LetterFixtures;
import com.breachdesk.roster.NotificationStatus;
import com.breachdesk.roster.Person;
import com.breachdesk.roster.RosterFilter;
import com.breachdesk.rosterimport.CsvFormat;
import com.breachdesk.rosterimport.ImportListener;
import com.breachdesk.rosterimport.MappingSuggester;
import com.breachdesk.session.CaseSession;
import com.breachdesk.ui.letters.LettersViewModel;
import com.breachdesk.ui.obligations.AssessorProvider;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LettersViewModelTest extends ViewModelTestBase {

    private LettersViewModel model() {
        return new LettersViewModel(context, runner, dialogs, new AssessorProvider(dir.resolve("rules"), clock),
                dir.resolve("templates"), Runnable::run);
    }

    /** The demo case with a small roster: two Polish customers, one Ukrainian. */
    private CaseSession demoWithRoster() throws Exception {
        CaseSession session = openDemo();
        session.letters().noticeFacts().set(LetterFixtures.noticeFacts());
        Path csv = dir.resolve("crm.csv");
        Files.writeString(csv, """
                Name,Street,City,ZIP,Country,Language,Categories
                Anna Nowak,ul. Długa 1,Warszawa,00-001,Poland,en,name;phone;call_metadata
                Jan Kowalski,ul. Krótka 2,Kraków,30-001,Poland,en,name;phone;call_metadata
                Олена Коваль,вул. Хрещатик 1,Київ,01001,Україна,uk,name;phone
                """, StandardCharsets.UTF_8);
        session.rosterImporter().importFile(csv, new CsvFormat(StandardCharsets.UTF_8, 0, ','), MappingSuggester.suggest(
                List.of("Name", "Street", "City", "ZIP", "Country", "Language", "Categories")), ImportListener.NONE);
        context.changed();
        return session;
    }

    @Test
    void listsEveryTemplateWithAudienceJurisdictionsLanguageAndVersion() throws Exception {
        openDemo();
        LettersViewModel model = model();
        assertThat(model.templates()).hasSize(14);
        assertThat(model.templates()).anySatisfy(t -> {
            assertThat(t.id()).isEqualTo("us-ca-individual");
            assertThat(t.version()).isEqualTo(1);
            assertThat(t.audience()).isEqualTo("Individuals");
            assertThat(t.jurisdictions()).isEqualTo("US-CA");
            assertThat(t.language()).isEqualTo("en");
        });
    }

    @Test
    void eachGroupOfRecipientsShowsItsTemplateAndWhy() throws Exception {
        demoWithRoster();
        LettersViewModel model = model();
        assertThat(model.groups()).anySatisfy(g -> {
            assertThat(g.jurisdiction()).isEqualTo("PL");
            assertThat(g.people()).isEqualTo(2);
            assertThat(g.gets()).isEqualTo("eprivacy-subscriber v1");
            assertThat(g.why()).contains("required by eu-eprivacy-611-subscribers");
        }).anySatisfy(g -> {
            assertThat(g.jurisdiction()).isEqualTo("UA");
            assertThat(g.gets()).isEqualTo("left out");
            assertThat(g.why()).contains("ua-2297-individuals");
        });
        assertThat(model.canGenerateProperty().get()).isTrue();
    }

    @Test
    void previewShowsPageOneOfTheChosenPersonsLetter() throws Exception {
        demoWithRoster();
        LettersViewModel model = model();
        model.previewTargetProperty().set(model.previewTargets().stream()
                .filter(t -> t.label().startsWith("Anna Nowak")).findFirst().orElseThrow());
        assertThat(model.previewImageProperty().get()).isNotNull();
        assertThat(model.previewImageProperty().get().getWidth()).isGreaterThan(500);
        assertThat(model.previewCaptionProperty().get()).startsWith("eprivacy-subscriber v1 \u00b7 page 1 of ");
    }

    @Test
    void previewOfARegulatorNoticeUsesTheEvaluatedObligation() throws Exception {
        openDemo();
        LettersViewModel model = model();
        model.previewTargetProperty().set(model.previewTargets().stream()
                .filter(t -> t.label().equals("Notice: eu-eprivacy-611-initial (PL)")).findFirst().orElseThrow());
        assertThat(model.previewImageProperty().get()).isNotNull();
        assertThat(model.previewCaptionProperty().get()).startsWith("eprivacy-611-initial v1");
    }

    @Test
    void generatingMakesADraftBatchThatLeavesEveryonePendingAndOpensItsFolder() throws Exception {
        CaseSession session = demoWithRoster();
        LettersViewModel model = model();
        model.outputFolderProperty().set(dir.resolve("out").toString());
        model.generate();
        assertThat(dialogs.errors).isEmpty();
        assertThat(model.resultTextProperty().get()).startsWith("2 letters (2 new, 0 reused)").contains("1 people left out");
        assertThat(model.lastBatchProperty().get()).isEqualTo(dir.resolve("out").toAbsolutePath());
        assertThat(dir.resolve("out/manifest.csv")).exists();
        assertThat(session.roster().page(RosterFilter.ALL, 0, 10)).extracting(Person::notificationStatus)
                .containsOnly(NotificationStatus.PENDING);
        model.openFolder();
        assertThat(dialogs.openedFolders).containsExactly(dir.resolve("out").toAbsolutePath());
    }

    @Test
    void aFinalBatchIsRefusedWhileItsTemplateIsNotApproved() throws Exception {
        CaseSession session = demoWithRoster();
        LettersViewModel model = model();
        model.outputFolderProperty().set(dir.resolve("final").toString());
        model.finalBatchProperty().set(true);
        model.generate();
        assertThat(dialogs.errors).singleElement().asString().contains("eprivacy-subscriber");
        assertThat(model.resultTextProperty().get()).isEqualTo("No letters were written.");
        assertThat(dir.resolve("final/manifest.csv")).doesNotExist();
        assertThat(session.roster().page(RosterFilter.ALL, 0, 10)).extracting(Person::notificationStatus)
                .containsOnly(NotificationStatus.PENDING);
    }

    @Test
    void afterAFinalBatchThePendingFilterLeavesNoOneToWriteTo() throws Exception {
        CaseSession session = demoWithRoster();
        session.review().create(LetterFixtures.CATALOG.require("eprivacy-subscriber"));
        session.review().submit("eprivacy-subscriber", null);
        session.review().approve("eprivacy-subscriber", "Iryna Melnyk", "counsel");
        LettersViewModel model = model();
        model.outputFolderProperty().set(dir.resolve("out").toString());
        model.finalBatchProperty().set(true);
        model.generate();
        assertThat(dialogs.errors).isEmpty();
        assertThat(model.resultTextProperty().get()).startsWith("2 letters");
        assertThat(model.groups()).extracting(LettersViewModel.GroupRow::jurisdiction).containsExactly("UA");
        assertThat(model.canGenerateProperty().get()).isFalse();
    }
}
