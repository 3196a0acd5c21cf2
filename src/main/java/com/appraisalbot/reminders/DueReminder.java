package com.appraisalbot.reminders;

import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.calendar.Stage;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One reminder that is due: who receives it, about what, and from when it may be sent.
 *
 * @param stage the deadline's stage; null for a digest
 * @param date the deadline it is about, or for a digest the Monday of the week it covers
 * @param rung days before the deadline for {@link ReminderKind#BEFORE_DEADLINE}, days after it for
 *     the overdue kinds, 0 for a digest
 * @param caseManagerId whose cycle it is about; null for a digest
 * @param dueAt the first moment it may be sent (within the recipient's working hours)
 */
public record DueReminder(
        String teamId,
        CycleYear year,
        ReminderKind kind,
        Stage stage,
        LocalDate date,
        int rung,
        long recipientId,
        Long caseManagerId,
        Instant dueAt) {

    /**
     * The reminder's identity within its team, year and recipient: the outbox keeps one row per
     * occasion, so the same reminder can be planned any number of times and is sent once. The
     * deadline's date is part of it, so moving a deadline plans fresh reminders for the new date.
     */
    public String occasion() {
        return occasion(kind, stage, date, rung, caseManagerId);
    }

    static String occasion(ReminderKind kind, Stage stage, LocalDate date, int rung, Long caseManagerId) {
        if (kind == ReminderKind.DIGEST) {
            return kind + "/" + date;
        }
        return kind + "/" + stage + "/" + date + "/" + rung + "/" + caseManagerId;
    }
}
