package com.appraisalbot.reminders;

import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Who was reminded of what and when: the outbox read as a record, for the Head of Services'
 * {@code /appraisal reminders} and for dashboards. Callers check access first.
 */
@ApplicationScoped
public class Reminders {

    private static final String SELECT = "select r.id, r.kind, r.stage, r.about_date, r.rung, r.state,"
            + " r.attempts, r.last_error, r.due_at, r.sent_at, r.updated_at, p.slack_user_id, p.display_name,"
            + " cm.display_name from reminder r join person p on p.id = r.recipient_id"
            + " left join person cm on cm.id = r.case_manager_id"
            + " where r.team_id = ? and r.cycle_start_year = ?";

    private final Transactions transactions;

    @Inject
    public Reminders(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Where a reminder is in its life. */
    public enum State {
        PENDING("Waiting"),
        CLAIMED("Being sent"),
        SENDING("Being sent"),
        SENT("Sent"),
        FAILED("Failed"),
        CANCELLED("Not needed");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One reminder as recorded.
     *
     * @param stage null for a digest
     * @param date the deadline, or for a digest the Monday of its week
     * @param caseManagerName whose cycle it was about; null for a digest
     * @param lastError why it failed, was cancelled or is being retried; null when none
     * @param sentAt when Slack accepted it; null until then
     * @param updatedAt when its state last changed
     */
    public record ReminderRecord(
            long id,
            ReminderKind kind,
            Stage stage,
            LocalDate date,
            int rung,
            State state,
            int attempts,
            String lastError,
            Instant dueAt,
            Instant sentAt,
            Instant updatedAt,
            String recipientUserId,
            String recipientName,
            String caseManagerName) {}

    /** A page of a cycle's reminders, most recently changed first. */
    public List<ReminderRecord> history(String teamId, CycleYear year, int offset, int limit) {
        return query(SELECT + " order by r.updated_at desc, r.id desc limit ? offset ?", teamId, year, limit, offset);
    }

    /** A cycle's reminders that failed for good, most recent first. */
    public List<ReminderRecord> failures(String teamId, CycleYear year, int limit) {
        return query(
                SELECT + " and r.state = 'FAILED' order by r.updated_at desc, r.id desc limit ? offset ?",
                teamId,
                year,
                limit,
                0);
    }

    /** How many of a cycle's reminders are in each state. */
    public Map<State, Integer> counts(String teamId, CycleYear year) {
        return transactions.inTransaction(session -> session.doReturningWork(connection -> {
            Map<State, Integer> counts = new EnumMap<>(State.class);
            try (PreparedStatement select = connection.prepareStatement("select state, count(*) from reminder"
                    + " where team_id = ? and cycle_start_year = ? group by state")) {
                select.setString(1, teamId);
                select.setInt(2, year.startYear());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        counts.put(State.valueOf(rows.getString(1)), rows.getInt(2));
                    }
                }
            }
            return counts;
        }));
    }

    private List<ReminderRecord> query(String sql, String teamId, CycleYear year, int limit, int offset) {
        return transactions.inTransaction(session -> session.doReturningWork(connection -> {
            List<ReminderRecord> records = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, teamId);
                select.setInt(2, year.startYear());
                select.setInt(3, limit);
                select.setInt(4, offset);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        records.add(record(rows));
                    }
                }
            }
            return records;
        }));
    }

    private static ReminderRecord record(ResultSet rows) throws SQLException {
        String stage = rows.getString(3);
        return new ReminderRecord(
                rows.getLong(1),
                ReminderKind.valueOf(rows.getString(2)),
                stage == null ? null : Stage.valueOf(stage),
                rows.getObject(4, LocalDate.class),
                rows.getInt(5),
                State.valueOf(rows.getString(6)),
                rows.getInt(7),
                rows.getString(8),
                ReminderOutbox.instant(rows.getObject(9, LocalDateTime.class)),
                ReminderOutbox.instant(rows.getObject(10, LocalDateTime.class)),
                ReminderOutbox.instant(rows.getObject(11, LocalDateTime.class)),
                rows.getString(12),
                rows.getString(13),
                rows.getString(14));
    }
}
