package com.appraisalbot.reminders;

import com.appraisalbot.calendar.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What one reminder says, worked out when it is sent, for the Slack edge to render. Text that came
 * from people (names) is raw here; the edge escapes it.
 *
 * @param recipientUserId the Slack user to send it to
 * @param stage the deadline's stage; null for a digest
 * @param deadline the deadline's date in the provision's calendar; null for a digest
 * @param deadlineAt the deadline as one instant, for Slack's date token; null for a digest
 * @param caseManagerName whose cycle it is about; null for a digest
 * @param action what is outstanding, as a short imperative sentence; null for a digest
 * @param items a digest's lines, earliest deadline first; empty otherwise
 */
public record ReminderMessage(
        String recipientUserId,
        ReminderKind kind,
        Stage stage,
        LocalDate deadline,
        Instant deadlineAt,
        String caseManagerName,
        long caseManagerId,
        String action,
        List<Item> items) {

    public ReminderMessage {
        items = List.copyOf(items);
    }

    /**
     * One line of a digest.
     *
     * @param overdue whether the deadline has already passed
     */
    public record Item(
            String caseManagerName,
            Stage stage,
            LocalDate deadline,
            Instant deadlineAt,
            String action,
            boolean overdue) {}
}
