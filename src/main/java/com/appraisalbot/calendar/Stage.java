package com.appraisalbot.calendar;

/** The deadlines of a cycle, in the order they fall. */
public enum Stage {
    PLANNING("Planning meeting and agreed objectives"),
    MIDPOINT_REVIEW("Mid-point review"),
    FINAL_REVIEW("Final review"),
    PAY_PANEL("Pay and performance review panel");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
