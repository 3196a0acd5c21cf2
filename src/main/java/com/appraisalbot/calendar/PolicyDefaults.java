package com.appraisalbot.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The policy's deadlines for a cycle year, used until an admin sets the provision's own dates.
 *
 * <p>Half terms differ by local authority, so the February and October ones are estimated: half
 * term is taken to start on the third Monday of February and on the last Monday of October, and
 * a deadline "before half term" is the Friday before it.
 */
public final class PolicyDefaults {

    /** Days before a deadline on which reminders go out. */
    public static final List<Integer> REMINDER_DAYS = List.of(14, 7, 1);

    /** Days after a missed deadline before the Head of Services is told, after the appraiser. */
    public static final int ESCALATION_DAYS = 7;

    private PolicyDefaults() {}

    public static Map<Stage, LocalDate> deadlines(CycleYear year) {
        Map<Stage, LocalDate> deadlines = new EnumMap<>(Stage.class);
        deadlines.put(Stage.PLANNING, LocalDate.of(year.startYear(), Month.SEPTEMBER, 30));
        deadlines.put(Stage.MIDPOINT_REVIEW, fridayBefore(februaryHalfTerm(year.startYear() + 1)));
        deadlines.put(Stage.FINAL_REVIEW, LocalDate.of(year.startYear() + 1, Month.JULY, 20));
        deadlines.put(Stage.PAY_PANEL, fridayBefore(octoberHalfTerm(year.startYear() + 1)));
        return deadlines;
    }

    /** Why each default is what it is, for the calendar modal. */
    public static String explanation(Stage stage) {
        return switch (stage) {
            case PLANNING -> "The policy: the planning meeting by the end of September.";
            case MIDPOINT_REVIEW ->
                "The policy: before the February half term (estimated here; set your" + " local authority's date).";
            case FINAL_REVIEW -> "The policy: in the summer term or early in the autumn term.";
            case PAY_PANEL -> "The policy: the pay panel meets before the October half term (estimated here).";
        };
    }

    static LocalDate februaryHalfTerm(int year) {
        LocalDate firstMonday =
                LocalDate.of(year, Month.FEBRUARY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        return firstMonday.plusWeeks(2);
    }

    static LocalDate octoberHalfTerm(int year) {
        return LocalDate.of(year, Month.OCTOBER, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate fridayBefore(LocalDate date) {
        return date.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
    }
}
