package com.breachdesk.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A point in time plus the zone it was entered in. The instant decides order and deadlines; the zone
 * keeps what the responder saw ("14:00 Kyiv") so it can be shown back the same way.
 *
 * <p>Stored as {@code 2026-03-02T12:00:00Z Europe/Kyiv}: the UTC instant first, at second precision
 * and fixed width, so the text sorts chronologically in SQL.
 */
public record MomentInZone(Instant instant, ZoneId zone) implements Comparable<MomentInZone> {

    private static final DateTimeFormatter DISPLAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

    public MomentInZone {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(zone, "zone");
        instant = instant.truncatedTo(ChronoUnit.SECONDS);
    }

    public static MomentInZone of(ZonedDateTime dateTime) {
        return new MomentInZone(dateTime.toInstant(), dateTime.getZone());
    }

    /** Parses ISO-8601 with an offset or zone ({@code 2026-03-02T14:00+02:00[Europe/Kyiv]}, {@code 2026-03-02T12:00Z}). */
    public static MomentInZone parseIso(String text) {
        try {
            return of(ZonedDateTime.parse(text.trim()));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Not an ISO-8601 date-time with offset: " + text, e);
        }
    }

    public static Optional<MomentInZone> decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        int space = stored.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("Not a stored moment: " + stored);
        }
        return Optional.of(new MomentInZone(
                Instant.parse(stored.substring(0, space)), ZoneId.of(stored.substring(space + 1))));
    }

    public String encode() {
        return instant + " " + zone.getId();
    }

    public ZonedDateTime local() {
        return instant.atZone(zone);
    }

    /** ISO-8601 with offset and zone, e.g. {@code 2026-03-02T14:00:00+02:00[Europe/Kyiv]}. */
    public String iso() {
        return DateTimeFormatter.ISO_ZONED_DATE_TIME.format(local());
    }

    public String display() {
        return DISPLAY.format(local());
    }

    public boolean isBefore(MomentInZone other) {
        return instant.isBefore(other.instant);
    }

    @Override
    public int compareTo(MomentInZone other) {
        return instant.compareTo(other.instant);
    }

    @Override
    public String toString() {
        return encode();
    }
}
