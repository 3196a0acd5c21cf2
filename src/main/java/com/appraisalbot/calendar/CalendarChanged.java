package com.appraisalbot.calendar;

/** A CDI event: a cycle's dates or reminder rules changed, or a cycle was opened. Reminders re-plan on it. */
public record CalendarChanged(String teamId, CycleYear year) {}
