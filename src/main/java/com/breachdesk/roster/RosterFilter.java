package com.breachdesk.roster;

import com.breachdesk.jurisdiction.ResolutionMethod;
import com.breachdesk.vocabulary.DataCategory;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which people to show. Every part is optional; parts combine with AND. {@code jurisdiction} may be
 * {@code unknown} for unresolved people; {@code area} is a jurisdiction with its subdivisions ({@code US} takes
 * {@code US} and {@code US-CA}); {@code search} matches name or email anywhere, ignoring case.
 */
public record RosterFilter(Optional<String> jurisdiction, Optional<DataCategory> category,
                           Optional<ResolutionMethod> method, Optional<MinorAge> minor,
                           Optional<NotificationStatus> notification, Optional<String> search, Optional<String> area) {

    /** Under which age a person counts as a minor, as of the incident date. */
    public enum MinorAge {
        UNDER_16(16), UNDER_18(18);

        private final int years;

        MinorAge(int years) {
            this.years = years;
        }

        public int years() {
            return years;
        }

        /** People born after this date are under the age on {@code asOf}. */
        public LocalDate bornAfter(LocalDate asOf) {
            return asOf.minusYears(years);
        }
    }

    public static final RosterFilter ALL = new RosterFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public RosterFilter withJurisdiction(String j) {
        return new RosterFilter(Optional.ofNullable(j), category, method, minor, notification, search, area);
    }

    public RosterFilter withCategory(DataCategory c) {
        return new RosterFilter(jurisdiction, Optional.ofNullable(c), method, minor, notification, search, area);
    }

    public RosterFilter withMethod(ResolutionMethod m) {
        return new RosterFilter(jurisdiction, category, Optional.ofNullable(m), minor, notification, search, area);
    }

    public RosterFilter withMinor(MinorAge age) {
        return new RosterFilter(jurisdiction, category, method, Optional.ofNullable(age), notification, search, area);
    }

    public RosterFilter withNotification(NotificationStatus s) {
        return new RosterFilter(jurisdiction, category, method, minor, Optional.ofNullable(s), search, area);
    }

    public RosterFilter withSearch(String text) {
        return new RosterFilter(jurisdiction, category, method, minor, notification,
                Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty()), area);
    }

    /** People resident in {@code j} or one of its subdivisions (null = anywhere). */
    public RosterFilter withArea(String j) {
        return new RosterFilter(jurisdiction, category, method, minor, notification, search, Optional.ofNullable(j));
    }
}
