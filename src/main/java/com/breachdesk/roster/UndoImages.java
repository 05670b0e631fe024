package com.breachdesk.roster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Before an import changes a person who was already in the roster (a merge), their row is kept here,
 * so rolling that import back puts the person back exactly as they were.
 */
public final class UndoImages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UndoImages() {
    }

    /** Keeps the person's current row for {@code importId}, once (the first image is the one before the import). */
    public static void keep(Connection c, long importId, long personId) throws SQLException {
        String image;
        try {
            image = JSON.writeValueAsString(PersonStore.image(c, personId));
        } catch (JsonProcessingException e) {
            throw new SQLException("Could not keep the undo image of person #" + personId, e);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO person_undo (person_id, import_id, before_image) VALUES (?, ?, ?)")) {
            ps.setLong(1, personId);
            ps.setLong(2, importId);
            ps.setString(3, image);
            ps.executeUpdate();
        }
    }

    /** Images kept for {@code importId}: person id → row. */
    static Map<Long, Map<String, Object>> of(Connection c, long importId) throws SQLException {
        Map<Long, Map<String, Object>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT person_id, before_image FROM person_undo WHERE import_id = ?")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        out.put(rs.getLong(1), JSON.readValue(rs.getString(2), new TypeReference<LinkedHashMap<String, Object>>() { }));
                    } catch (JsonProcessingException e) {
                        throw new SQLException("The undo image of person #" + rs.getLong(1) + " is damaged", e);
                    }
                }
            }
        }
        return out;
    }

    static void drop(Connection c, long importId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM person_undo WHERE import_id = ?")) {
            ps.setLong(1, importId);
            ps.executeUpdate();
        }
    }
}
