package com.appraisalbot.reminders;

import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.calendar.Stage;
import java.time.LocalDate;

/**
 * A reminder a sender has claimed from the outbox.
 *
 * @param claimToken this claim's fencing token: every later change to the row must present it,
 *     so a sender whose claim was taken over cannot send or mark the row
 * @param attempts delivery attempts made before this claim
 */
record OutboxRow(
        long id,
        String teamId,
        CycleYear year,
        long recipientId,
        String occasion,
        ReminderKind kind,
        Stage stage,
        LocalDate date,
        int rung,
        Long caseManagerId,
        int attempts,
        String claimToken) {

    /** Groups claimed rows whose re-check needs the same cycle and people. */
    record CycleKey(String teamId, CycleYear year) {}

    CycleKey cycleKey() {
        return new CycleKey(teamId, year);
    }
}
