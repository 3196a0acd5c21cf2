package com.appraisalbot.reviews;

import java.util.Map;

/** Answers that cannot be saved or sent on, each problem keyed by its field's key. */
public class InvalidReview extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidReview(Map<String, String> problems) {
        super("The review has " + problems.size() + " problem(s): " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    /** Each problem by field key, with a message saying how to fix it. */
    public Map<String, String> problems() {
        return problems;
    }
}
