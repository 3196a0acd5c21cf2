package com.appraisalbot.calendar;

import java.util.Map;

/**
 * Dates or reminder rules an admin entered that cannot work. Each problem is keyed by what it is
 * about (a {@link Stage} name, "reminders" or "escalation") so a form can show it beside the field.
 */
public class InvalidCalendar extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidCalendar(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
