package com.appraisalbot.objectives;

import java.util.Map;

/** A progress entry that cannot be saved as given; each problem, keyed by field, says how to fix it. */
public class InvalidEntry extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidEntry(Map<String, String> problems) {
        super("The progress entry is not complete: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
