package com.appraisalbot.testing;

import com.appraisalbot.people.Role;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** People, roles and assignments written straight to the database, for tests and benchmarks of thousands. */
public final class PeopleRows {

    private PeopleRows() {}

    /** Adds people {@code U<prefix>0..n-1} with one role each, returning their IDs in order. */
    public static List<Long> people(String jdbcUrl, String teamId, String prefix, int count, Role role, String zone) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "root", "")) {
            connection.setAutoCommit(false);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into person (team_id, slack_user_id, display_name, time_zone, created_at)"
                            + " values (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < count; i++) {
                    insert.setString(1, teamId);
                    insert.setString(2, "U" + prefix + i);
                    insert.setString(3, "Person " + prefix + i);
                    insert.setString(4, zone);
                    insert.setObject(5, LocalDateTime.of(2026, 9, 1, 0, 0));
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        ids.add(keys.getLong(1));
                    }
                }
            }
            grant(connection, ids, role);
            connection.commit();
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add test people", e);
        }
    }

    private static void grant(Connection connection, List<Long> ids, Role role) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement("insert into person_role (person_id, role) values (?, ?)")) {
            for (long id : ids) {
                insert.setLong(1, id);
                insert.setString(2, role.name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Makes {@code appraiserId} the appraiser of each case manager in the cycle year. */
    public static void assign(String jdbcUrl, int startYear, List<Long> caseManagers, long appraiserId) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "root", "");
                PreparedStatement insert = connection.prepareStatement("insert into appraiser_assignment"
                        + " (cycle_start_year, case_manager_id, appraiser_id, assigned_by, assigned_at)"
                        + " values (?, ?, ?, 'test', ?)")) {
            for (long caseManager : caseManagers) {
                insert.setInt(1, startYear);
                insert.setLong(2, caseManager);
                insert.setLong(3, appraiserId);
                insert.setObject(4, LocalDateTime.of(2026, 9, 1, 0, 0));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not assign test appraisers", e);
        }
    }

    /** The outbox's rows by state, for assertions. */
    public static Map<String, Integer> reminderStates(String jdbcUrl) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "root", "");
                Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select state, count(*) from reminder group by state")) {
            Map<String, Integer> states = new HashMap<>();
            while (rows.next()) {
                states.put(rows.getString(1), rows.getInt(2));
            }
            return states;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the outbox", e);
        }
    }
}
