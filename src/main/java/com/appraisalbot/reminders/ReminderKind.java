package com.appraisalbot.reminders;

/** What a reminder is for, which decides who receives it and what it says. */
public enum ReminderKind {
    /** Before a deadline, to a case manager who still has their part to do; one per rung of the ladder. */
    BEFORE_DEADLINE("Reminder before the deadline"),
    /** The day after a missed deadline, to the one person who had to act. */
    OVERDUE("Overdue, to the person"),
    /** A day later, to that person's own appraiser. */
    OVERDUE_TO_APPRAISER("Overdue, to their appraiser"),
    /** The escalation interval after that, to the Head of Services. */
    OVERDUE_TO_HEAD_OF_SERVICES("Overdue, to the Head of Services"),
    /** Once a week, to an appraiser or leader, everything that waits on them. */
    DIGEST("Weekly digest");

    private final String label;

    ReminderKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
