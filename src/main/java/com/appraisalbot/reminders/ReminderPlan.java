package com.appraisalbot.reminders;

import com.appraisalbot.people.Role;
import com.appraisalbot.progress.Duty;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which reminders are due at a moment, for a cycle, its people and their outstanding duties: a
 * pure function, so that the ladder, the escalation and working hours can be tested at any instant.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li><b>Ladder.</b> A case manager with their own part of a stage outstanding is reminded on each
 *       of the cycle's reminder days before its deadline, at the opening of working hours in their
 *       time zone. A rung that falls on a non-working day moves to the working day before it, so a
 *       reminder is never later than promised. Only the latest rung that has come is due: after
 *       downtime that spans several rungs the person gets the most recent one once, not a burst of
 *       the same reminder; a rung missed by a shorter downtime is still due, late, until the next
 *       rung comes. Ladder reminders stop when the deadline (the end of its day in the provision's
 *       time zone) passes.
 *   <li><b>Escalation.</b> When a deadline has passed with a duty outstanding, the person who had
 *       to act is told on the next day, their own appraiser a day after that, and every Head of
 *       Services the cycle's escalation days later; each once, at the opening of working hours in
 *       the recipient's time zone and never before the deadline has passed for the provision. Every
 *       step that has come is due, so after downtime none is skipped.
 *   <li><b>Digest.</b> Duties of appraisers, SLT members and the Head of Services (approvals,
 *       returns, sign-offs), and appraisees whose own deadline has passed, are not sent one by one
 *       before the deadline: each such person gets one digest a week, on the digest day, of
 *       everything that waits on them. Due from that day's opening until the week ends.
 * </ul>
 *
 * <p>Nobody appears in a plan without a place in the {@link Roster} (someone removed is never
 * reminded), and nobody is told as appraiser or Head of Services about their own duty.
 */
public final class ReminderPlan {

    /** Days after a missed deadline on which the person who had to act is told. */
    static final int OVERDUE_AFTER_DAYS = 1;
    /** Days after a missed deadline on which that person's appraiser is told. */
    static final int APPRAISER_AFTER_DAYS = 2;

    private final WorkingHours hours;
    private final DayOfWeek digestDay;
    private final ZoneId provisionZone;

    /**
     * @param digestDay must be a working day of {@code hours} (the settings check it)
     * @param provisionZone the zone in which deadlines fall
     */
    public ReminderPlan(WorkingHours hours, DayOfWeek digestDay, ZoneId provisionZone) {
        this.hours = hours;
        this.digestDay = digestDay;
        this.provisionZone = provisionZone;
    }

    /** One line of a digest: a duty that waits on the recipient, and whether its deadline has passed. */
    public record DigestItem(Duty duty, LocalDate deadline, boolean overdue) {}

    /** Every reminder due at {@code now}; the outbox drops those already planned. */
    public List<DueReminder> dueAt(Instant now, CycleDates cycle, Roster roster, Map<Long, List<Duty>> outstanding) {
        List<DueReminder> due = new ArrayList<>();
        for (List<Duty> duties : outstanding.values()) {
            for (Duty duty : duties) {
                LocalDate deadline = cycle.deadline(duty.stage());
                if (!roster.people().containsKey(duty.caseManagerId())) {
                    continue;
                }
                if (now.isBefore(end(deadline))) {
                    ladder(now, cycle, roster, duty, deadline, due);
                } else {
                    escalation(now, cycle, roster, duty, deadline, due);
                }
            }
        }
        digestItems(now, cycle, roster, outstanding).keySet().forEach(recipient -> {
            Instant sendAt = weeklyDigest(now, roster.people().get(recipient).timeZone());
            if (!sendAt.isAfter(now)) {
                LocalDate monday = monday(now, roster.people().get(recipient).timeZone());
                due.add(new DueReminder(
                        cycle.teamId(), cycle.year(), ReminderKind.DIGEST, null, monday, 0, recipient, null, sendAt));
            }
        });
        return due;
    }

    /**
     * What waits on each digest recipient at {@code now}, earliest deadline first. An appraisee who
     * became overdue after this week's digest day is left for next week's, so that a late digest
     * comes only when something waits on the person themselves.
     */
    public Map<Long, List<DigestItem>> digestItems(
            Instant now, CycleDates cycle, Roster roster, Map<Long, List<Duty>> outstanding) {
        Map<Long, List<DigestItem>> items = new LinkedHashMap<>();
        for (List<Duty> duties : outstanding.values()) {
            for (Duty duty : duties) {
                LocalDate deadline = cycle.deadline(duty.stage());
                boolean overdue = !now.isBefore(end(deadline));
                for (long recipient : digestRecipients(roster, duty, overdue)) {
                    boolean ownDuty = duty.actorRole() != Role.CASE_MANAGER;
                    Instant digestOpens =
                            weeklyDigest(now, roster.people().get(recipient).timeZone());
                    if (ownDuty || !end(deadline).isAfter(digestOpens)) {
                        items.computeIfAbsent(recipient, r -> new ArrayList<>())
                                .add(new DigestItem(duty, deadline, overdue));
                    }
                }
            }
        }
        items.values().forEach(list -> list.sort((a, b) -> a.deadline().compareTo(b.deadline())));
        return items;
    }

    private Instant weeklyDigest(Instant now, ZoneId zone) {
        return hours.openingOn(monday(now, zone).with(TemporalAdjusters.nextOrSame(digestDay)), zone);
    }

    private static LocalDate monday(Instant now, ZoneId zone) {
        return now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Collection<Long> digestRecipients(Roster roster, Duty duty, boolean overdue) {
        if (duty.actorRole() == Role.CASE_MANAGER) {
            // The appraiser hears about an appraisee's own work only once it is late.
            return overdue
                    ? roster.appraiserOf(duty.caseManagerId())
                            .filter(roster.people()::containsKey)
                            .map(List::of)
                            .orElse(List.of())
                    : List.of();
        }
        Collection<Long> actors = duty.actorId() != null ? Set.of(duty.actorId()) : roster.holders(duty.actorRole());
        return actors.stream()
                .filter(id -> id != duty.caseManagerId() && roster.people().containsKey(id))
                .toList();
    }

    private void ladder(
            Instant now, CycleDates cycle, Roster roster, Duty duty, LocalDate deadline, List<DueReminder> due) {
        if (duty.actorRole() != Role.CASE_MANAGER) {
            return;
        }
        long recipient = duty.actorId() != null ? duty.actorId() : duty.caseManagerId();
        if (!roster.people().containsKey(recipient)) {
            return;
        }
        ZoneId zone = roster.people().get(recipient).timeZone();
        for (int days : cycle.reminderDays()) {
            Instant sendAt = hours.openingOn(hours.workingDayOnOrBefore(deadline.minusDays(days)), zone);
            if (!sendAt.isAfter(now)) {
                if (sendAt.isBefore(end(deadline))) {
                    due.add(reminder(cycle, ReminderKind.BEFORE_DEADLINE, duty, deadline, days, recipient, sendAt));
                }
                return;
            }
        }
    }

    private void escalation(
            Instant now, CycleDates cycle, Roster roster, Duty duty, LocalDate deadline, List<DueReminder> due) {
        Long actor = duty.actorId();
        if (actor != null) {
            step(now, cycle, roster, duty, ReminderKind.OVERDUE, OVERDUE_AFTER_DAYS, actor, due);
            roster.appraiserOf(actor)
                    .filter(appraiser -> !appraiser.equals(actor))
                    .ifPresent(appraiser -> step(
                            now,
                            cycle,
                            roster,
                            duty,
                            ReminderKind.OVERDUE_TO_APPRAISER,
                            APPRAISER_AFTER_DAYS,
                            appraiser,
                            due));
        }
        int headAfter = APPRAISER_AFTER_DAYS + cycle.escalationDays();
        for (long head : roster.holders(Role.HEAD_OF_SERVICES)) {
            if (head != duty.caseManagerId() && (actor == null || head != actor)) {
                step(now, cycle, roster, duty, ReminderKind.OVERDUE_TO_HEAD_OF_SERVICES, headAfter, head, due);
            }
        }
    }

    private void step(
            Instant now,
            CycleDates cycle,
            Roster roster,
            Duty duty,
            ReminderKind kind,
            int daysAfter,
            long recipient,
            List<DueReminder> due) {
        Roster.Member member = roster.people().get(recipient);
        if (member == null) {
            return;
        }
        LocalDate deadline = cycle.deadline(duty.stage());
        Instant notBefore = later(
                deadline.plusDays(daysAfter).atStartOfDay(member.timeZone()).toInstant(), end(deadline));
        Instant sendAt = hours.nextOpening(notBefore, member.timeZone());
        if (!sendAt.isAfter(now)) {
            due.add(reminder(cycle, kind, duty, deadline, daysAfter, recipient, sendAt));
        }
    }

    private static DueReminder reminder(
            CycleDates cycle, ReminderKind kind, Duty duty, LocalDate deadline, int rung, long to, Instant at) {
        return new DueReminder(
                cycle.teamId(), cycle.year(), kind, duty.stage(), deadline, rung, to, duty.caseManagerId(), at);
    }

    /** The moment a deadline passes: the end of its day in the provision's time zone. */
    public Instant end(LocalDate deadline) {
        return deadline.plusDays(1).atStartOfDay(provisionZone).toInstant();
    }

    /** The stage's deadline as one instant for Slack's date token: midday, so most zones show the same date. */
    public Instant shownAs(LocalDate deadline) {
        return deadline.atTime(12, 0).atZone(provisionZone).toInstant();
    }

    public ZoneId provisionZone() {
        return provisionZone;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
