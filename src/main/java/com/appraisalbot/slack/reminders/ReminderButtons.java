package com.appraisalbot.slack.reminders;

import com.appraisalbot.calendar.Stage;
import java.util.Map;

/**
 * The buttons on reminder DMs, one per stage. Each {@code action_id} is {@code reminder_} followed
 * by the name of the action the stage's own feature handles ({@code open_objectives},
 * {@code open_midpoint_review}, {@code open_final_review}, {@code open_pay_panel}); a handler can
 * match both with {@code Pattern.compile("^(reminder_)?open_objectives$")}. The button's value is
 * {@code STAGE:caseManagerId} for context only: a handler resolves the person from the signed user
 * ID and asks {@code Access}, never trusting the value.
 */
public final class ReminderButtons {

    public static final String OPEN_OBJECTIVES = "reminder_open_objectives";
    public static final String OPEN_MIDPOINT_REVIEW = "reminder_open_midpoint_review";
    public static final String OPEN_FINAL_REVIEW = "reminder_open_final_review";
    public static final String OPEN_PAY_PANEL = "reminder_open_pay_panel";

    private static final Map<Stage, String> ACTIONS = Map.of(
            Stage.PLANNING, OPEN_OBJECTIVES,
            Stage.MIDPOINT_REVIEW, OPEN_MIDPOINT_REVIEW,
            Stage.FINAL_REVIEW, OPEN_FINAL_REVIEW,
            Stage.PAY_PANEL, OPEN_PAY_PANEL);

    private static final Map<Stage, String> LABELS = Map.of(
            Stage.PLANNING, "Open my objectives",
            Stage.MIDPOINT_REVIEW, "Open my mid-point review",
            Stage.FINAL_REVIEW, "Open my final review",
            Stage.PAY_PANEL, "Open the pay panel record");

    private ReminderButtons() {}

    /** The button's {@code action_id} for a stage. */
    public static String actionId(Stage stage) {
        return ACTIONS.get(stage);
    }

    /** The button's label, naming what it opens. */
    public static String label(Stage stage) {
        return LABELS.get(stage);
    }

    /** The button's value: the stage and the case manager it is about, as {@code PLANNING:42}. */
    public static String value(Stage stage, long caseManagerId) {
        return stage.name() + ":" + caseManagerId;
    }
}
