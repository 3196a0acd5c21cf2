package com.appraisalbot.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQL statements one database user sent, as MariaDB itself saw them (its Performance Schema), so that what the
 * app under test issues is counted at the server rather than trusted from the app.
 *
 * <p>The server must run with {@link #SERVER_ARGUMENTS}. Quartz's own statements (its tables are {@code QRTZ_*})
 * are left out: its cluster check-in runs on a timer, whatever the request being measured.
 */
final class StatementLog {

    /** mariadbd arguments that make the log available. */
    static final List<String> SERVER_ARGUMENTS = List.of(
            "--performance-schema=ON",
            // The history tables fill only while the "current" consumer above them is on.
            "--performance-schema-consumer-events-statements-current=ON",
            "--performance-schema-consumer-events-statements-history-long=ON",
            "--performance-schema-events-statements-history-long-size=100000");

    /** One statement: its kind ({@code select}, {@code commit}, ...) and text. */
    record Entry(String kind, String text) {
        boolean isQuery() {
            return List.of("select", "insert", "update", "delete", "replace").contains(kind);
        }
    }

    private final String serverUrl;
    private final String user;

    /** @param serverUrl a JDBC URL of the server as root, which may read and clear the Performance Schema */
    StatementLog(String serverUrl, String user) {
        this.serverUrl = serverUrl;
        this.user = user;
    }

    /** Forgets every statement seen so far. */
    void clear() throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl, "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("truncate table performance_schema.events_statements_history_long");
        }
    }

    /** The user's statements since the last {@link #clear()}, oldest first, Quartz's left out. */
    List<Entry> entries() throws SQLException {
        String sql = "select h.event_name, h.sql_text from performance_schema.events_statements_history_long h"
                + " join performance_schema.threads t on t.thread_id = h.thread_id"
                + " where t.processlist_user = ? order by h.event_id";
        try (Connection connection = DriverManager.getConnection(serverUrl, "root", "");
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, user);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String text = rows.getString(2) == null ? "" : rows.getString(2);
                    if (!text.toUpperCase(Locale.ROOT).contains("QRTZ_")) {
                        String event = rows.getString(1);
                        entries.add(new Entry(event.substring(event.lastIndexOf('/') + 1), text));
                    }
                }
            }
            return entries;
        }
    }
}
