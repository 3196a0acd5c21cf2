package com.appraisalbot.calendar;

import com.appraisalbot.access.Access;
import com.appraisalbot.audit.AuditLog;
import com.appraisalbot.config.Settings;
import com.appraisalbot.people.PeopleAdmin;
import com.appraisalbot.people.Person;
import com.appraisalbot.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;

/** The provision's cycle years: which is current, their deadlines and reminder rules. */
@ApplicationScoped
public class Calendars {

    static final int MOST_REMINDERS = 6;
    static final int LONGEST_REMINDER_DAYS = 60;

    private final Transactions transactions;
    private final Access access;
    private final AuditLog auditLog;
    private final PeopleAdmin peopleAdmin;
    private final Clock clock;
    private final ZoneId provisionZone;
    private final Event<CalendarChanged> changes;

    @Inject
    public Calendars(
            Transactions transactions,
            Access access,
            AuditLog auditLog,
            PeopleAdmin peopleAdmin,
            Clock clock,
            Settings settings,
            Event<CalendarChanged> changes) {
        this.transactions = transactions;
        this.access = access;
        this.auditLog = auditLog;
        this.peopleAdmin = peopleAdmin;
        this.clock = clock;
        this.provisionZone = settings.provision().timeZone();
        this.changes = changes;
    }

    /** Today in the provision's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(provisionZone));
    }

    /**
     * The team's current cycle: the latest one opened. The first time, the cycle year containing
     * today is opened with the policy's default dates.
     */
    public Cycle current(String teamId) {
        try {
            return transactions.inTransaction(session -> {
                Cycle latest = latest(session, teamId);
                if (latest != null) {
                    return latest;
                }
                Cycle opened = new Cycle(teamId, CycleYear.containing(today()), clock.instant());
                session.persist(opened);
                session.flush();
                return opened;
            });
        } catch (ConstraintViolationException e) {
            // Two first requests raced to open the cycle; the other one won, so read what it opened.
            return transactions.inTransaction(session -> latest(session, teamId));
        }
    }

    /** Sets a cycle's deadlines and reminder rules; refuses dates that cannot work, naming each. */
    public Cycle update(
            Person admin,
            CycleYear year,
            Map<Stage, LocalDate> deadlines,
            List<Integer> reminderDays,
            int escalationDays) {
        access.requireAdmin(admin);
        check(year, deadlines, reminderDays, escalationDays);
        Cycle updated = transactions.inTransaction(session -> {
            Cycle cycle = findForUpdate(session, admin.teamId(), year);
            if (cycle == null) {
                throw new InvalidCalendar(Map.of("cycle", "There is no " + year.label() + " cycle to change."));
            }
            cycle.setDeadlines(deadlines);
            cycle.setReminderRules(reminderDays, escalationDays);
            cycle.touch(clock.instant());
            auditLog.record(
                    session,
                    admin.teamId(),
                    admin.slackUserId(),
                    "calendar-changed",
                    year.label() + ": " + deadlines + ", reminders " + reminderDays + ", escalation " + escalationDays);
            return cycle;
        });
        changes.fire(new CalendarChanged(admin.teamId(), year));
        return updated;
    }

    /**
     * Opens the cycle year after the current one with the policy's dates, carrying every appraiser
     * assignment over. Earlier years' records stay as they are.
     */
    public Cycle openNext(Person admin) {
        access.requireAdmin(admin);
        Cycle opened = transactions.inTransaction(session -> {
            Cycle current = latest(session, admin.teamId());
            CycleYear next = current == null
                    ? CycleYear.containing(today())
                    : current.year().next();
            Cycle cycle = new Cycle(admin.teamId(), next, clock.instant());
            session.persist(cycle);
            int carried =
                    current == null ? 0 : peopleAdmin.carryAssignmentsOver(session, admin.teamId(), current.year());
            auditLog.record(
                    session,
                    admin.teamId(),
                    admin.slackUserId(),
                    "cycle-opened",
                    next.label() + " with " + carried + " assignments carried over");
            return cycle;
        });
        changes.fire(new CalendarChanged(admin.teamId(), opened.year()));
        return opened;
    }

    private static void check(
            CycleYear year, Map<Stage, LocalDate> deadlines, List<Integer> reminderDays, int escalationDays) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate earliest = year.firstDay();
        LocalDate latest = year.firstDay().plusMonths(15);
        LocalDate previous = null;
        for (Stage stage : Stage.values()) {
            LocalDate date = deadlines.get(stage);
            if (date == null) {
                problems.put(
                        stage.name(), "Choose a date for the " + stage.label().toLowerCase() + ".");
            } else if (date.isBefore(earliest) || date.isAfter(latest)) {
                problems.put(
                        stage.name(),
                        "Choose a date between " + earliest + " and " + latest + " for the " + year.label()
                                + " cycle.");
            } else if (previous != null && !date.isAfter(previous)) {
                problems.put(stage.name(), "This must come after the deadline before it (" + previous + ").");
            }
            previous = date == null ? previous : date;
        }
        checkReminders(reminderDays, escalationDays, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCalendar(problems);
        }
    }

    private static void checkReminders(List<Integer> reminderDays, int escalationDays, Map<String, String> problems) {
        if (reminderDays.isEmpty()
                || reminderDays.size() > MOST_REMINDERS
                || reminderDays.stream().anyMatch(d -> d < 1 || d > LONGEST_REMINDER_DAYS)
                || reminderDays.stream().distinct().count() != reminderDays.size()) {
            problems.put(
                    "reminders",
                    "Give 1 to " + MOST_REMINDERS + " different numbers of days between 1 and " + LONGEST_REMINDER_DAYS
                            + ", separated by commas, such as 14, 7, 1.");
        }
        if (escalationDays < 1 || escalationDays > LONGEST_REMINDER_DAYS) {
            problems.put("escalation", "Give a number of days between 1 and " + LONGEST_REMINDER_DAYS + ".");
        }
    }

    public Cycle cycle(String teamId, CycleYear year) {
        return transactions.inTransaction(session -> find(session, teamId, year));
    }

    private static Cycle latest(Session session, String teamId) {
        return session.createSelectionQuery("from Cycle where teamId = :team order by startYear desc", Cycle.class)
                .setParameter("team", teamId)
                .setMaxResults(1)
                .uniqueResult();
    }

    private static Cycle find(Session session, String teamId, CycleYear year) {
        return session.createSelectionQuery("from Cycle where teamId = :team and startYear = :year", Cycle.class)
                .setParameter("team", teamId)
                .setParameter("year", year.startYear())
                .uniqueResult();
    }

    private static Cycle findForUpdate(Session session, String teamId, CycleYear year) {
        return session.createSelectionQuery("from Cycle where teamId = :team and startYear = :year", Cycle.class)
                .setParameter("team", teamId)
                .setParameter("year", year.startYear())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .uniqueResult();
    }
}
