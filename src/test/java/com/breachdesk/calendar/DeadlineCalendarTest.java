package com.breachdesk.calendar;

import com.breachdesk.deadline.Completion;
import com.breachdesk.deadline.HolidayCalendars;
import com.breachdesk.deadline.Obligation;
import com.breachdesk.obligations.Assessor;
import com.breachdesk.obligations.Scenario;
import com.breachdesk.rules.RulePackLoader;
import com.breachdesk.support.TestClock;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineCalendarTest {

    private static final String SCENARIO = """
            {"organization": {"sectors": ["essential_or_important_entity"]},
             "incident": {"aware_at": "2026-03-02T10:00:00+01:00", "discovered_at": "2026-03-02T10:00:00+01:00",
               "data_categories": ["name"], "nature": ["confidentiality"], "malicious": false, "exfiltration": "ruled_out",
               "encryption": "none"},
             "affected": [{"jurisdiction": "PL", "count": 10}],
             "decisions": {"processor_role": false}}
            """;

    private List<Obligation> obligations() {
        TestClock clock = TestClock.at("2026-03-02T12:00:00Z");
        return new Assessor(new RulePackLoader().loadShipped(), new HolidayCalendars(), clock).assess(Scenario.parse(SCENARIO))
                .obligations();
    }

    @Test
    void exportedCalendarParsesBackWithOneEventPerOpenDeadlineEndingAtTheDueTime() throws Exception {
        String ics = new DeadlineCalendar().export("case-1", "Test", obligations(), Instant.parse("2026-03-02T12:00:00Z"));
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent early = events.stream().filter(e -> e.getUid().orElseThrow().getValue().contains("eu-nis2-early-warning")).findFirst()
                .orElseThrow();
        assertThat(early.getEndDate().orElseThrow().getValue()).isEqualTo("20260303T090000Z");
        assertThat(early.getAlarms()).hasSize(2);
        assertThat(early.getProperties("DTSTAMP")).hasSize(1);
    }

    @Test
    void noticesAlreadyDoneAreLeftOut() {
        List<Obligation> all = obligations().stream().map(o -> o.key().ruleId().equals("eu-nis2-early-warning")
                ? new Obligation(o.key(), o.rule(), o.jurisdictionName(), o.recipientName(), o.authority(), o.status(),
                o.findings(), o.missing(), o.clockStart(), o.clockStartedAt(), o.zone(), o.nominalDue(), o.due(), o.notBefore(),
                o.explanation(), o.judgments(), o.ordering(), new Completion(Instant.parse("2026-03-02T15:00:00Z"), null, null, "t", null))
                : o).toList();
        String ics = new DeadlineCalendar().export("case-1", "Test", all, Instant.parse("2026-03-02T12:00:00Z"))
                .replace("\r\n ", "").replace("\n ", "");
        assertThat(ics).doesNotContain("eu-nis2-early-warning").contains("eu-nis2-notification");
    }
}
