package com.breachdesk.roster;

import com.breachdesk.jurisdiction.Resolution;
import com.breachdesk.vocabulary.DataCategory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the {@link ScopeSummary} with one grouped pass over the {@code person_by_jurisdiction}
 * index: people per (jurisdiction, category set), which is a few hundred groups even for a million
 * people, then spreads each group's count over its categories here. Minors are two range counts on
 * {@code person_by_birth}, which read only the people born after the cut-off.
 */
final class ScopeCounts {

    private ScopeCounts() {
    }

    static ScopeSummary summarize(Connection c, LocalDate asOf, CategoryBits bits) throws SQLException {
        String under16 = RosterFilter.MinorAge.UNDER_16.bornAfter(asOf).toString();
        String under18 = RosterFilter.MinorAge.UNDER_18.bornAfter(asOf).toString();
        Map<String, long[]> people = new LinkedHashMap<>();
        Map<String, Map<DataCategory, Long>> categories = new LinkedHashMap<>();
        long total = 0;
        long minors16;
        long minors18;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT jurisdiction, categories, COUNT(*) FROM person GROUP BY jurisdiction, categories")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String j = rs.getString(1);
                    String key = j == null ? Resolution.UNKNOWN : j;
                    long mask = rs.getLong(2);
                    long n = rs.getLong(3);
                    total += n;
                    people.computeIfAbsent(key, k -> new long[1])[0] += n;
                    Map<DataCategory, Long> perCategory = categories.computeIfAbsent(key, k -> new EnumMap<>(DataCategory.class));
                    for (DataCategory category : bits.categories(mask)) {
                        perCategory.merge(category, n, Long::sum);
                    }
                }
            }
        }
        minors16 = bornAfter(c, under16);
        minors18 = bornAfter(c, under18);
        List<ScopeSummary.JurisdictionCount> list = new ArrayList<>();
        people.forEach((j, n) -> list.add(new ScopeSummary.JurisdictionCount(j, n[0], categories.get(j))));
        list.sort(Comparator.comparingLong(ScopeSummary.JurisdictionCount::people).reversed()
                .thenComparing(ScopeSummary.JurisdictionCount::jurisdiction));
        long unresolved = people.containsKey(Resolution.UNKNOWN) ? people.get(Resolution.UNKNOWN)[0] : 0;
        return new ScopeSummary(total, unresolved, minors16, minors18, asOf, list);
    }

    private static long bornAfter(Connection c, String date) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM person WHERE date_of_birth > ?")) {
            ps.setString(1, date);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
