package com.appraisalbot.reminders;

import com.appraisalbot.calendar.Cycle;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.calendar.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A team's cycle as reminders see it: its deadlines and its ladder, read afresh at every planner
 * run so that an admin's change takes effect without a restart.
 *
 * @param reminderDays days before each deadline on which a reminder is due, such as 14, 7, 1
 * @param escalationDays days between telling the appraiser and telling the Head of Services
 */
public record CycleDates(
        String teamId,
        CycleYear year,
        Map<Stage, LocalDate> deadlines,
        List<Integer> reminderDays,
        int escalationDays) {

    public CycleDates {
        deadlines = Map.copyOf(deadlines);
        reminderDays = reminderDays.stream().sorted().toList();
    }

    public static CycleDates of(Cycle cycle) {
        return new CycleDates(
                cycle.teamId(), cycle.year(), cycle.deadlines(), cycle.reminderDays(), cycle.escalationDays());
    }

    public LocalDate deadline(Stage stage) {
        return deadlines.get(stage);
    }
}
