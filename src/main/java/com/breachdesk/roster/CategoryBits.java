package com.breachdesk.roster;

import com.breachdesk.vocabulary.DataCategory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A person's data categories are stored as one integer, a bit per category, so counting people per
 * jurisdiction and category is one pass over one index. Which bit means which category is kept in the
 * case file ({@code category_bit}), never derived from enum order.
 */
public final class CategoryBits {

    private final Map<DataCategory, Long> bitOf;

    private CategoryBits(Map<DataCategory, Long> bitOf) {
        this.bitOf = bitOf;
    }

    /** The mapping stored in the file; categories it lacks are added (in the caller's write transaction). */
    public static CategoryBits ensure(Connection c) throws SQLException {
        CategoryBits bits = load(c);
        if (bits.bitOf.size() == DataCategory.values().length) {
            return bits;
        }
        int next;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(bit) + 1, 0) FROM category_bit")) {
            rs.next();
            next = rs.getInt(1);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO category_bit (category, bit) VALUES (?, ?)")) {
            for (DataCategory category : DataCategory.values()) {
                if (!bits.bitOf.containsKey(category)) {
                    if (next > 62) {
                        throw new SQLException("No room for another data category in this case file");
                    }
                    ps.setString(1, category.id());
                    ps.setInt(2, next++);
                    ps.executeUpdate();
                }
            }
        }
        return load(c);
    }

    /** The stored mapping; bits of categories this build does not know are ignored. */
    public static CategoryBits load(Connection c) throws SQLException {
        Map<DataCategory, Long> bitOf = new EnumMap<>(DataCategory.class);
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT category, bit FROM category_bit")) {
            while (rs.next()) {
                String id = rs.getString(1);
                for (DataCategory category : DataCategory.values()) {
                    if (category.id().equals(id)) {
                        bitOf.put(category, 1L << rs.getInt(2));
                    }
                }
            }
        }
        return new CategoryBits(bitOf);
    }

    public long mask(Set<DataCategory> categories) {
        long mask = 0;
        for (DataCategory category : categories) {
            Long bit = bitOf.get(category);
            if (bit == null) {
                throw new IllegalStateException("The case file has no bit for category " + category.id());
            }
            mask |= bit;
        }
        return mask;
    }

    public long bit(DataCategory category) {
        return mask(EnumSet.of(category));
    }

    public EnumSet<DataCategory> categories(long mask) {
        EnumSet<DataCategory> out = EnumSet.noneOf(DataCategory.class);
        for (Map.Entry<DataCategory, Long> e : bitOf.entrySet()) {
            if ((mask & e.getValue()) != 0) {
                out.add(e.getKey());
            }
        }
        return out;
    }
}
