package com.appraisalbot.objectives;

import java.util.Map;

/**
 * A plan that cannot go to the appraiser yet. The problems are keyed as {@link ObjectivesRules}
 * keys them, each saying how to fix it.
 */
public class InvalidPlan extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidPlan(Map<String, String> problems) {
        super("The objectives are not ready to submit: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
