package com.breachdesk.casefile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The schema of a database as comparable text: every object's SQL, sorted, whitespace-normalised. */
final class SchemaDump {

    private SchemaDump() {
    }

    static List<String> of(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + ": " + rs.getString(3).replaceAll("\\s+", " "));
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            out.add("user_version " + rs.getInt(1));
        }
        return out;
    }
}
