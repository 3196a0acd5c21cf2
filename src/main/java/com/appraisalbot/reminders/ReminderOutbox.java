package com.appraisalbot.reminders;

import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The {@code reminder} table: reminders are inserted once when they come due and then delivered,
 * with every state change made by one atomic, conditional statement.
 *
 * <p>IMPL NOTE: a claim moves rows from PENDING to CLAIMED under {@code SELECT … FOR UPDATE SKIP
 * LOCKED} and gives them a fresh token. Just before the Slack call a sender moves one row from
 * CLAIMED to SENDING, presenting its token; afterwards to SENT. A claim whose lease expired (its
 * instance died or froze) is released and re-claimed under a new token, so the old sender's next
 * step matches no row. Written in SQL rather than through Hibernate entities because these
 * statements ({@code INSERT IGNORE}, {@code SKIP LOCKED}, compare-and-set updates) are the point.
 * Times are stored as UTC.
 */
@ApplicationScoped
public class ReminderOutbox {

    static final String PENDING = "PENDING";
    static final String CLAIMED = "CLAIMED";
    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    static final String CANCELLED = "CANCELLED";

    private static final int ERROR_LENGTH = 300;
    private static final String ROW_COLUMNS = "id, team_id, cycle_start_year, recipient_id, occasion, kind, stage,"
            + " about_date, rung, case_manager_id, attempts, claim_token";

    private final Transactions transactions;

    @Inject
    public ReminderOutbox(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The occasions already in the outbox for a cycle, as {@code recipientId/occasion}. */
    Set<String> planned(String teamId, CycleYear year) {
        return work(connection -> {
            Set<String> planned = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select recipient_id, occasion from reminder where team_id = ? and cycle_start_year = ?")) {
                select.setString(1, teamId);
                select.setInt(2, year.startYear());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        planned.add(rows.getLong(1) + "/" + rows.getString(2));
                    }
                }
            }
            return planned;
        });
    }

    static String plannedKey(DueReminder reminder) {
        return reminder.recipientId() + "/" + reminder.occasion();
    }

    /** Inserts each reminder unless its occasion is already there; returns how many were new. */
    int insert(Collection<DueReminder> reminders, Instant now) {
        if (reminders.isEmpty()) {
            return 0;
        }
        return work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert ignore into reminder (team_id,"
                    + " cycle_start_year, recipient_id, occasion, kind, stage, about_date, rung, case_manager_id,"
                    + " due_at, state, next_attempt_at, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)")) {
                // One order on every instance, so that concurrent inserts take their locks alike.
                for (DueReminder reminder : reminders.stream()
                        .sorted(Comparator.comparing(ReminderOutbox::plannedKey))
                        .toList()) {
                    bind(insert, reminder, now);
                    insert.addBatch();
                }
                int inserted = 0;
                for (int count : insert.executeBatch()) {
                    inserted += Math.max(count, 0);
                }
                return inserted;
            }
        });
    }

    private static void bind(PreparedStatement insert, DueReminder reminder, Instant now) throws SQLException {
        insert.setString(1, reminder.teamId());
        insert.setInt(2, reminder.year().startYear());
        insert.setLong(3, reminder.recipientId());
        insert.setString(4, reminder.occasion());
        insert.setString(5, reminder.kind().name());
        insert.setString(6, reminder.stage() == null ? null : reminder.stage().name());
        insert.setObject(7, reminder.date());
        insert.setInt(8, reminder.rung());
        if (reminder.caseManagerId() == null) {
            insert.setNull(9, Types.BIGINT);
        } else {
            insert.setLong(9, reminder.caseManagerId());
        }
        insert.setObject(10, utc(reminder.dueAt()));
        insert.setObject(11, utc(reminder.dueAt()));
        insert.setObject(12, utc(now));
        insert.setObject(13, utc(now));
    }

    /**
     * Returns to PENDING the claims whose lease ran out. A row left SENDING may have reached Slack
     * before its sender stopped; it is sent again (the one window for a duplicate) and says so.
     *
     * @return how many rows were released
     */
    int releaseExpired(Instant now) {
        return work(connection -> {
            int released = update(
                    connection,
                    "update reminder set state = 'PENDING', claim_token = null, lease_until = null, updated_at = ?"
                            + " where state = 'CLAIMED' and lease_until < ?",
                    utc(now),
                    utc(now));
            return released
                    + update(
                            connection,
                            "update reminder set state = 'PENDING', claim_token = null, lease_until = null,"
                                    + " updated_at = ?, last_error = 'The instance sending this stopped before Slack"
                                    + " answered; sent again, so it may have arrived twice.'"
                                    + " where state = 'SENDING' and lease_until < ?",
                            utc(now),
                            utc(now));
        });
    }

    /** Claims up to {@code limit} due rows, earliest first, skipping rows another sender holds. */
    List<OutboxRow> claim(int limit, Instant now, Instant leaseUntil) {
        String token = UUID.randomUUID().toString();
        return work(connection -> {
            List<Long> ids = claimable(connection, limit, now);
            if (ids.isEmpty()) {
                return List.of();
            }
            String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
            update(
                    connection,
                    "update reminder set state = 'CLAIMED', claim_token = ?, lease_until = ?, updated_at = ?"
                            + " where id in (" + in + ")",
                    token,
                    utc(leaseUntil),
                    utc(now));
            return rows(
                    connection,
                    "select " + ROW_COLUMNS + " from reminder where id in (" + in + ") order by"
                            + " next_attempt_at, id");
        });
    }

    /** Locks due rows for this transaction, passing over rows another transaction has locked. */
    private static List<Long> claimable(Connection connection, int limit, Instant now) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id from reminder where state ="
                + " 'PENDING' and next_attempt_at <= ? order by next_attempt_at, id limit ? for update skip locked")) {
            select.setObject(1, utc(now));
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * Marks a claimed row as being sent, just before the Slack call.
     *
     * @return false when the claim was taken over: the caller must not send
     */
    boolean startSending(OutboxRow row, Instant now, Instant leaseUntil) {
        return work(connection -> update(
                        connection,
                        "update reminder set state = 'SENDING', lease_until = ?, attempts = attempts + 1,"
                                + " updated_at = ? where id = ? and claim_token = ? and state = 'CLAIMED'",
                        utc(leaseUntil),
                        utc(now),
                        row.id(),
                        row.claimToken())
                == 1);
    }

    /** Records a delivery: when, and Slack's channel and message timestamp. */
    boolean markSent(OutboxRow row, Instant now, String channel, String ts) {
        return finish(
                row,
                "state = 'SENT', sent_at = ?, slack_channel = ?, slack_ts = ?, updated_at = ?",
                utc(now),
                channel,
                ts,
                utc(now));
    }

    /** Puts a row back to wait, after a transient failure (with its error) or outside working hours. */
    boolean retryAt(OutboxRow row, Instant now, Instant nextAttempt, String error) {
        return finish(
                row,
                "state = 'PENDING', next_attempt_at = ?, last_error = coalesce(?, last_error), updated_at = ?",
                utc(nextAttempt),
                truncate(error),
                utc(now));
    }

    boolean markFailed(OutboxRow row, Instant now, String error) {
        return finish(row, "state = 'FAILED', last_error = ?, updated_at = ?", truncate(error), utc(now));
    }

    boolean markCancelled(OutboxRow row, Instant now, String reason) {
        return finish(row, "state = 'CANCELLED', last_error = ?, updated_at = ?", truncate(reason), utc(now));
    }

    private boolean finish(OutboxRow row, String assignments, Object... values) {
        Object[] all = new Object[values.length + 2];
        System.arraycopy(values, 0, all, 0, values.length);
        all[values.length] = row.id();
        all[values.length + 1] = row.claimToken();
        return work(connection -> update(
                        connection,
                        "update reminder set " + assignments + ", claim_token = null, lease_until = null"
                                + " where id = ? and claim_token = ?",
                        all)
                == 1);
    }

    private static List<OutboxRow> rows(Connection connection, String sql) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql);
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(row(result));
            }
        }
        return rows;
    }

    private static OutboxRow row(ResultSet result) throws SQLException {
        String stage = result.getString("stage");
        return new OutboxRow(
                result.getLong("id"),
                result.getString("team_id"),
                new CycleYear(result.getInt("cycle_start_year")),
                result.getLong("recipient_id"),
                result.getString("occasion"),
                ReminderKind.valueOf(result.getString("kind")),
                stage == null ? null : Stage.valueOf(stage),
                result.getObject("about_date", LocalDate.class),
                result.getInt("rung"),
                result.getObject("case_manager_id", Long.class),
                result.getInt("attempts"),
                result.getString("claim_token"));
    }

    private static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            return update.executeUpdate();
        }
    }

    /**
     * Runs one transaction ({@link Transactions} runs it again if InnoDB makes it a deadlock
     * victim, as two instances inserting and claiming the same rows at once can): every statement
     * here is safe to repeat because each is conditional on the row's state.
     */
    private <T> T work(SqlWork<T> work) {
        return transactions.inTransaction(session -> session.doReturningWork(work::run));
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH);
    }
}
