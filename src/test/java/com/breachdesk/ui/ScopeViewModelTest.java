package com.breachdesk.ui;

import com.breachdesk.roster.ImportRecord;
import com.breachdesk.roster.Person;
import com.breachdesk.roster.PersonField;
import com.breachdesk.rosterimport.CsvFormat;
import com.breachdesk.rosterimport.ImportListener;
import com.breachdesk.rosterimport.MappingSuggester;
import com.breachdesk.session.CaseSession;
import com.breachdesk.support.TestCases;
import com.breachdesk.ui.scope.ScopeViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeViewModelTest extends ViewModelTestBase {

    private CaseSession session;
    private ScopeViewModel model;

    @BeforeEach
    void importRoster() throws Exception {
        session = TestCases.create(dir, clock);
        context.setSession(session);
        Path csv = dir.resolve("crm.csv");
        Files.writeString(csv, "Email,Name,State,Country\nann@x.com,Ann Lee,CA,US\nbo@x.com,Bo Chen,TX,US\n"
                + "cy@x.com,Cy Kyiv,,Kyiv\n", StandardCharsets.UTF_8);
        session.rosterImporter().importFile(csv, new CsvFormat(StandardCharsets.UTF_8, 0, ','),
                MappingSuggester.suggest(List.of("Email", "Name", "State", "Country")), ImportListener.NONE);
        model = new ScopeViewModel(context, runner, dialogs);
    }

    @Test
    void showsTheSummaryAndEveryPersonInTheTable() {
        assertThat(model.headlineProperty().get()).startsWith("3 people · 1 with unknown jurisdiction");
        assertThat(model.jurisdictions()).extracting(j -> j.jurisdiction()).contains("US-CA", "US-TX", "unknown");
        assertThat(model.people()).hasSize(3);
        assertThat(model.people().get(0).fullName()).isEqualTo("Ann Lee");
        assertThat(model.matchingProperty().get()).isEqualTo("3 matching");
    }

    @Test
    void filteringByUnknownListsOnlyUnresolvedPeople() {
        model.jurisdictionFilterProperty().set("unknown");
        assertThat(model.people()).extracting(Person::email).containsExactly("cy@x.com");
    }

    @Test
    void searchFindsByName() {
        model.searchProperty().set("chen");
        assertThat(model.people()).extracting(Person::email).containsExactly("bo@x.com");
    }

    @Test
    void editingTheSelectedPersonIsSavedAuditedAndShown() {
        model.selectedProperty().set(model.people().get(2));
        model.edit(PersonField.COUNTRY).set("Ukraine");
        model.saveSelected();
        assertThat(model.headlineProperty().get()).startsWith("3 people · 0 with unknown jurisdiction");
        assertThat(session.allAudit()).anySatisfy(e -> assertThat(e.change().field()).isEqualTo("country"));
        assertThat(session.verifyAudit().intact()).isTrue();
    }

    @Test
    void theBulkFixOffersUnresolvedValuesAndAssignsAJurisdiction() {
        assertThat(model.unresolvedValues()).containsExactly("Kyiv");
        model.fixValueProperty().set("Kyiv");
        model.fixJurisdictionProperty().set("ua");
        model.applyFix();
        assertThat(model.jurisdictions()).extracting(j -> j.jurisdiction()).contains("UA").doesNotContain("unknown");
        assertThat(dialogs.notices).anyMatch(n -> n.contains("1 people now in UA"));
    }

    @Test
    void rollingBackAnImportEmptiesTheRosterAfterConfirmation() {
        ImportRecord first = model.imports().get(0);
        dialogs.confirmAnswer = false;
        model.rollback(first);
        assertThat(model.people()).hasSize(3);
        dialogs.confirmAnswer = true;
        model.rollback(first);
        assertThat(model.people()).isEmpty();
        assertThat(model.imports().get(0).status()).isEqualTo(ImportRecord.Status.ROLLED_BACK);
    }
}
