package com.breachdesk.report.pdf;

import com.breachdesk.deadline.Obligation;
import com.breachdesk.incident.Incident;
import com.breachdesk.letters.model.Style;
import com.breachdesk.report.ObligationStanding;
import com.breachdesk.report.Standing;
import com.breachdesk.report.TimelineReport;
import com.breachdesk.time.MomentInZone;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The visual timeline: the incident's milestones (occurred ▸ discovered ▸ aware ▸ contained) on one lane, and one
 * lane per notice with its clock running from start to deadline and the moment it was given, against a time axis
 * with the report's "as of" moment marked. Lanes continue on the next page (axis repeated) when they do not fit.
 */
final class TimelineChart {

    private static final float LABEL_WIDTH = 150;
    private static final float AXIS_HEIGHT = 16;
    private static final float INCIDENT_HEIGHT = 38;
    private static final float LANE_HEIGHT = 13;
    private static final Duration[] STEPS = {Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6),
            Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7), Duration.ofDays(14),
            Duration.ofDays(30), Duration.ofDays(91), Duration.ofDays(365)};

    private final ReportCanvas c;
    private final TimelineReport report;
    private final ZoneId zone;
    private Instant start;
    private Instant end;

    TimelineChart(ReportCanvas canvas, TimelineReport report) {
        this.c = canvas;
        this.report = report;
        this.zone = report.zone();
    }

    /** The incident's milestones that are recorded, in order. */
    static Map<String, Instant> milestones(Incident incident) {
        Map<String, Instant> out = new LinkedHashMap<>();
        put(out, "Occurred", incident.occurredFrom());
        put(out, "Discovered", incident.discoveredAt());
        put(out, "Aware", incident.awareAt());
        put(out, "Determined", incident.determinedAt());
        put(out, "Contained", incident.containedAt());
        return out;
    }

    private static void put(Map<String, Instant> out, String label, Optional<MomentInZone> moment) {
        moment.ifPresent(m -> out.put(label, m.instant()));
    }

    /** Lanes: notices with a deadline or given, soonest due first. */
    private List<ObligationStanding> lanes() {
        return report.standings().stream()
                .filter(s -> s.obligation().due() != null || s.obligation().done()).toList();
    }

    void draw() {
        Map<String, Instant> milestones = milestones(report.incident());
        List<ObligationStanding> lanes = lanes();
        List<Instant> times = new ArrayList<>(milestones.values());
        times.add(report.asOf());
        for (ObligationStanding s : lanes) {
            Obligation o = s.obligation();
            if (o.clockStartedAt() != null) {
                times.add(o.clockStartedAt());
            }
            if (o.due() != null) {
                times.add(o.due());
            }
            if (o.done()) {
                times.add(o.completion().doneAt());
            }
        }
        start = times.stream().min(Instant::compareTo).orElseThrow();
        end = times.stream().max(Instant::compareTo).orElseThrow();
        if (!end.isAfter(start)) {
            end = start.plus(Duration.ofHours(1));
        }
        Duration span = Duration.between(start, end);
        Duration pad = span.dividedBy(40);
        start = start.minus(pad);
        end = end.plus(pad);

        c.ensure(AXIS_HEIGHT + INCIDENT_HEIGHT + LANE_HEIGHT * Math.min(3, lanes.size()) + 20);
        float laneTop = axis();
        float incidentTop = laneTop;
        incidentLane(milestones, laneTop);
        laneTop += INCIDENT_HEIGHT;
        for (ObligationStanding s : lanes) {
            if (laneTop + LANE_HEIGHT > c.bottom) {
                asOfLine(incidentTop, laneTop);
                c.newPage();
                laneTop = axis();
                incidentTop = laneTop;
            }
            lane(s, laneTop);
            laneTop += LANE_HEIGHT;
        }
        asOfLine(incidentTop, laneTop);
        c.moveDown(laneTop - c.y() + 4);
        legend();
    }

    private float x(Instant t) {
        float plotLeft = c.left + LABEL_WIDTH;
        double f = (double) Duration.between(start, t).toSeconds() / Duration.between(start, end).toSeconds();
        return (float) (plotLeft + f * (c.right - plotLeft));
    }

    /** Draws the time axis at the cursor; returns where the lanes start. */
    private float axis() {
        float top = c.y();
        float base = top + AXIS_HEIGHT - 3;
        c.line(c.left + LABEL_WIDTH, base, c.right, base, 0.5f, Rgb.MUTED);
        Duration step = STEPS[STEPS.length - 1];
        Duration span = Duration.between(start, end);
        for (Duration s : STEPS) {
            if (span.dividedBy(s) <= 7) {
                step = s;
                break;
            }
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(step.compareTo(Duration.ofDays(1)) < 0
                ? "d MMM HH:mm" : "d MMM yyyy", Locale.ENGLISH);
        float lastRight = -1;
        for (Instant tick = firstTick(step); tick.isBefore(end); tick = next(tick, step)) {
            float x = x(tick);
            c.line(x, base - 3, x, base, 0.5f, Rgb.MUTED);
            String label = format.format(tick.atZone(zone));
            float w = c.textWidth(label, Style.REGULAR, 6.5f);
            if (x - w / 2 > lastRight + 4 && x + w / 2 <= c.right) {
                c.text(x - w / 2, base - 5, label, Style.REGULAR, 6.5f, Rgb.MUTED);
                lastRight = x + w / 2;
            }
        }
        c.text(c.left, base - 5, "Times in " + zone.getId(), Style.ITALIC, 6.5f, Rgb.MUTED);
        return top + AXIS_HEIGHT;
    }

    private Instant firstTick(Duration step) {
        ZonedDateTime z = start.atZone(zone);
        if (step.compareTo(Duration.ofDays(1)) < 0) {
            ZonedDateTime t = z.truncatedTo(ChronoUnit.HOURS);
            while (t.toInstant().isBefore(start) || t.getHour() % step.toHours() != 0) {
                t = t.plusHours(1);
            }
            return t.toInstant();
        }
        ZonedDateTime t = z.truncatedTo(ChronoUnit.DAYS);
        while (t.toInstant().isBefore(start)) {
            t = t.plusDays(1);
        }
        return t.toInstant();
    }

    private Instant next(Instant tick, Duration step) {
        ZonedDateTime z = tick.atZone(zone);
        return step.compareTo(Duration.ofDays(1)) < 0 ? z.plusHours(step.toHours()).toInstant()
                : z.plusDays(step.toDays()).toInstant();
    }

    private void incidentLane(Map<String, Instant> milestones, float top) {
        c.text(c.left, top + 30, "Incident", Style.BOLD, 8, Rgb.TEXT);
        float lineY = top + 28;
        c.line(c.left + LABEL_WIDTH, lineY, c.right, lineY, 0.4f, Rgb.RULE);
        // Labels go on the lowest of three rows where they do not overlap the label before them.
        float[] levelRight = {-1, -1, -1};
        for (Map.Entry<String, Instant> m : milestones.entrySet()) {
            float x = x(m.getValue());
            c.triangle(x, lineY, 3.5f, Rgb.PURPLE);
            float w = c.textWidth(m.getKey(), Style.REGULAR, 6.5f);
            float lx = Math.min(Math.max(x - w / 2, c.left + LABEL_WIDTH), c.right - w);
            int level = 0;
            while (level < 2 && lx <= levelRight[level] + 3) {
                level++;
            }
            c.text(lx, top + 20 - level * 6.5f, m.getKey(), Style.REGULAR, 6.5f, Rgb.PURPLE);
            levelRight[level] = lx + w;
        }
    }

    private void lane(ObligationStanding s, float top) {
        Obligation o = s.obligation();
        float mid = top + LANE_HEIGHT / 2;
        String label = o.jurisdiction() + " · " + o.recipientName();
        c.text(c.left, mid + 2.5f, c.fit(label, Style.REGULAR, 7, LABEL_WIDTH - 6), Style.REGULAR, 7, Rgb.TEXT);
        Rgb color = color(s.standing());
        if (o.due() != null) {
            Instant from = o.clockStartedAt() != null ? o.clockStartedAt() : start;
            c.line(x(from), mid, x(o.due()), mid, 2.2f, Rgb.BAR);
            float xd = x(o.due());
            c.line(xd, mid - 4.5f, xd, mid + 4.5f, 1.4f, s.standing() == Standing.MISSED ? Rgb.RED
                    : s.standing().done() ? Rgb.MUTED : Rgb.BLUE);
        }
        if (o.done()) {
            c.diamond(x(o.completion().doneAt()), mid, 3.5f, color);
        }
    }

    static Rgb color(Standing standing) {
        return switch (standing) {
            case MET -> Rgb.GREEN;
            case LATE -> Rgb.ORANGE;
            case MISSED -> Rgb.RED;
            case PENDING -> Rgb.BLUE;
            case NEEDS_INFORMATION -> Rgb.MUTED;
        };
    }

    private void asOfLine(float top, float bottom) {
        float x = x(report.asOf());
        c.dashedLine(x, top - 2, x, bottom, 0.7f, Rgb.TEXT);
        c.text(x + 2, top + 5, "as of", Style.ITALIC, 6.5f, Rgb.TEXT);
    }

    private void legend() {
        c.ensure(14);
        float y = c.y() + 6;
        float x = c.left + LABEL_WIDTH;
        c.triangle(x, y - 2, 3, Rgb.PURPLE);
        x = legendText(x + 6, y, "incident milestone");
        c.line(x, y - 2, x + 14, y - 2, 2.2f, Rgb.BAR);
        x = legendText(x + 17, y, "clock running");
        c.line(x + 2, y - 6, x + 2, y + 2, 1.4f, Rgb.BLUE);
        x = legendText(x + 6, y, "deadline (red: missed)");
        c.diamond(x + 3, y - 2, 3, Rgb.GREEN);
        x = legendText(x + 9, y, "notice given on time");
        c.diamond(x + 3, y - 2, 3, Rgb.ORANGE);
        legendText(x + 9, y, "late");
        c.moveDown(16);
    }

    private float legendText(float x, float y, String text) {
        c.text(x, y + 0.5f, text, Style.REGULAR, 6.5f, Rgb.MUTED);
        return x + c.textWidth(text, Style.REGULAR, 6.5f) + 8;
    }
}
