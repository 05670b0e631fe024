package com.breachdesk.calendar;

import com.breachdesk.deadline.Obligation;
import com.breachdesk.deadline.ObligationStatus;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Exports deadlines as an iCalendar file (RFC 5545) that Outlook and Google Calendar import: one event per required
 * notice with a due time that is not yet marked done, ending at the deadline, with reminders a day and two hours
 * before. Times are written in UTC, so no time-zone definitions are needed; the description repeats the local time.
 * UIDs are stable per case, rule and jurisdiction, so importing again updates the events.
 */
public final class DeadlineCalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ENGLISH);

    public String export(String caseId, String caseTitle, List<Obligation> obligations, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Breachdesk//Deadlines//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (Obligation o : obligations) {
            if (o.status() != ObligationStatus.REQUIRED || o.due() == null || o.done()) {
                continue;
            }
            VEvent event = new VEvent(o.due().minus(Duration.ofMinutes(30)), o.due(),
                    "Due: " + o.rule().title() + " (" + o.jurisdiction() + ")");
            event.add(new Uid(caseId + "-" + o.key().ruleId() + "-" + o.key().jurisdiction() + "@breachdesk"));
            event.replace(new DtStamp(now));
            event.add(new Description(description(caseTitle, o)));
            event.add((net.fortuna.ical4j.model.component.VAlarm) alarm(Duration.ofHours(-24), o));
            event.add((net.fortuna.ical4j.model.component.VAlarm) alarm(Duration.ofHours(-2), o));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("Could not write the calendar: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static VAlarm alarm(Duration before, Obligation o) {
        VAlarm alarm = new VAlarm(before);
        alarm.add(new Action("DISPLAY"));
        alarm.add(new Description("Due soon: " + o.rule().title() + " (" + o.jurisdiction() + ")"));
        return alarm;
    }

    private static String description(String caseTitle, Obligation o) {
        return "Case: " + caseTitle + "\n"
                + "Recipient: " + o.recipientName() + "\n"
                + "Due: " + LOCAL.format(o.due().atZone(o.zone())) + " (" + o.due() + " UTC)\n"
                + o.explanation() + "\n"
                + "Confidence: " + o.rule().confidence().id() + "; source: " + o.rule().sourceUrl();
    }
}
