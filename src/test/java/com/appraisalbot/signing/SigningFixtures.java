package com.appraisalbot.signing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Records, people and direct SQL for the signing tests. */
final class SigningFixtures {

    static final String TEAM = "T123";
    static final Signer CASE_MANAGER = new Signer(TEAM, "U1CASE", "CASE_MANAGER");
    static final Signer APPRAISER = new Signer(TEAM, "U2APPR", "APPRAISER");
    static final Signer SLT_MEMBER = new Signer(TEAM, "U3SLT", "SLT_MEMBER");

    private static final AtomicInteger NEXT_PERSON = new AtomicInteger(100);

    private SigningFixtures() {}

    /** The objectives of a person no other test uses, so tests sharing a database do not meet. */
    static RecordKey newObjectivesKey() {
        return new RecordKey(TEAM, "objectives", "person:" + NEXT_PERSON.incrementAndGet() + "/cycle:2026");
    }

    static Map<String, Object> objectives(String firstObjective) {
        return Map.of(
                "cycle",
                2026,
                "objectives",
                java.util.List.of(Map.of("area", "Young Person progress", "objective", firstObjective)));
    }

    /** Runs one statement as someone with direct access to the database would, behind the app's back. */
    static int execute(String jdbcUrl, String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "root", "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }

    static long count(String jdbcUrl, String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "root", "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }
}
