package com.breachdesk.ui;

import com.breachdesk.deadline.ObligationKey;
import com.breachdesk.session.CaseSession;
import com.breachdesk.ui.obligations.AssessorProvider;
import com.breachdesk.ui.obligations.ObligationRow;
import com.breachdesk.ui.obligations.ObligationsViewModel;
import com.breachdesk.ui.obligations.Urgency;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ObligationsViewModelTest extends ViewModelTestBase {

    private ObligationsViewModel model() {
        return new ObligationsViewModel(context, runner, dialogs, new AssessorProvider(dir.resolve("prefs/rules"), clock));
    }

    private static ObligationRow row(ObligationsViewModel m, String rule, String jurisdiction) {
        return m.rows().stream().filter(r -> r.key().equals(new ObligationKey(rule, jurisdiction))).findFirst().orElseThrow();
    }

    @Test
    void demoBoardShowsEprivacyDeadlinesAndGdprAsNotRequiredUnderArticle95() throws Exception {
        ObligationsViewModel m = model();
        openDemo();
        ObligationRow eprivacy = row(m, "eu-eprivacy-611-initial", "PL");
        assertThat(eprivacy.status()).isEqualTo("Required");
        assertThat(eprivacy.dueLocal()).endsWith("CET");
        assertThat(eprivacy.dueUtc()).endsWith("UTC");
        assertThat(eprivacy.urgency()).isEqualTo(Urgency.WITHIN_24_HOURS);
        assertThat(eprivacy.countdown()).startsWith("in 6 h");
        assertThat(row(m, "eu-gdpr-art33-sa-each-state", "PL").status()).isEqualTo("Not required: electronic communications service");
        assertThat(row(m, "eu-nis2-early-warning", "PL").status()).isEqualTo("Not required: sector");
        assertThat(m.summaryProperty().get()).contains("rule pack 2026.11.25");
    }

    @Test
    void boardShowsWhyAnAttorneyGeneralNoticeIsDueNoLaterThanTheResidents() throws Exception {
        ObligationsViewModel m = model();
        CaseSession session = openDemo();
        session.incident().set(com.breachdesk.incident.IncidentField.DATA_CATEGORIES,
                com.breachdesk.incident.IncidentField.DATA_CATEGORIES.normalize("name,ssn"));
        session.estimates().set("US-CT", 40L);
        m.reload();
        ObligationRow residents = row(m, "us-ct-individuals", "US-CT");
        ObligationRow ag = row(m, "us-ct-attorney-general", "US-CT");
        assertThat(ag.status()).isEqualTo("Required");
        assertThat(ag.dueLocal()).isNotEmpty().isEqualTo(residents.dueLocal());
        m.selectedProperty().set(ag);
        assertThat(m.ruleDetailsProperty().get())
                .contains("No later than notice to affected Connecticut residents (us-ct-individuals), due ")
                .contains("Give this notice no later than: Notify affected Connecticut residents within 60 days"
                        + " (us-ct-individuals)");
    }

    @Test
    void headerShowsTheNextDeadline() throws Exception {
        model();
        openDemo();
        assertThat(context.nextDeadlineProperty().get()).startsWith("Next deadline: Notify the competent national authority");
    }

    @Test
    void filtersNarrowTheBoard() throws Exception {
        ObligationsViewModel m = model();
        openDemo();
        m.jurisdictionFilterProperty().set("GB");
        assertThat(m.rows()).isNotEmpty().allMatch(r -> r.obligation().jurisdiction().equals("GB"));
        m.jurisdictionFilterProperty().set(ObligationsViewModel.ALL);
        m.statusFilterProperty().set("Needs information");
        assertThat(m.rows()).isNotEmpty().allMatch(r -> r.status().startsWith("Needs information"));
    }

    @Test
    void markingAsSentIsStoredAndStartsTheSecondNotice() throws Exception {
        ObligationsViewModel m = model();
        CaseSession session = openDemo();
        m.selectedProperty().set(row(m, "eu-eprivacy-611-initial", "PL"));
        assertThat(m.canMarkDoneProperty().get()).isTrue();
        m.doneAtProperty().set("2026-03-02T08:00Z");
        m.channelProperty().set("portal");
        m.referenceProperty().set("UODO-7");
        m.markDone();
        assertThat(dialogs.errors).isEmpty();
        assertThat(row(m, "eu-eprivacy-611-initial", "PL").status()).isEqualTo("Done 2026-03-02 08:00 UTC");
        assertThat(row(m, "eu-eprivacy-611-second", "PL").status()).isEqualTo("Required");
        assertThat(session.obligations().completions().get(new ObligationKey("eu-eprivacy-611-initial", "PL")).reference())
                .isEqualTo("UODO-7");
        assertThat(m.canMarkDoneProperty().get()).isFalse();
    }

    @Test
    void aBadSentTimeIsRefusedWithAMessage() throws Exception {
        ObligationsViewModel m = model();
        openDemo();
        m.selectedProperty().set(row(m, "gb-pecr-5a-ico", "GB"));
        m.doneAtProperty().set("yesterday-ish");
        m.markDone();
        assertThat(dialogs.errors).singleElement().asString().startsWith("When was it sent?");
    }

    @Test
    void aDeadlineWithin24HoursIsAnnouncedOnce() throws Exception {
        ObligationsViewModel m = model();
        openDemo();
        dialogs.notices.clear();
        // The demo became aware 18 h ago: the ICO's 72 h deadline is 54 h away, within 24 h after 32 more hours.
        clock.advance(Duration.ofHours(32));
        m.tick();
        m.tick();
        assertThat(dialogs.notices).filteredOn(n -> n.startsWith("Deadline within 24 hours")).hasSize(1)
                .first().asString().contains("Notify the ICO").contains("(GB)");
    }

    @Test
    void exportWritesTheCalendar() throws Exception {
        ObligationsViewModel m = model();
        openDemo();
        Path ics = dir.resolve("out.ics");
        dialogs.nextExportFile = ics;
        m.exportCalendar();
        assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR");
    }
}
