package com.appraisalbot.objectives;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a plan must hold before it goes to the appraiser, and how long each answer may be. Problems
 * are keyed by field ({@code objective.1}, {@code success.1}, …) so a form can show each beside
 * its input, and each message says how to fix it.
 */
public final class ObjectivesRules {

    public static final int OBJECTIVE_MAX = 1000;
    public static final int SUCCESS_CRITERIA_MAX = 1500;
    public static final int LINK_MAX = 200;
    public static final int OTHER_CPD_MAX = 500;
    public static final int SUPPORT_MAX = 1500;

    private ObjectivesRules() {}

    /** Problems with one objective's answers, by field key. */
    public static Map<String, String> problems(ObjectiveArea area, Objective objective) {
        Map<String, String> problems = new LinkedHashMap<>();
        int n = area.number();
        required(problems, "objective." + n, objective.objective(), "Write objective " + n + ".");
        required(
                problems,
                "success." + n,
                objective.successCriteria(),
                "Write the success criteria and the evidence required for objective " + n + ".");
        problems.putAll(lengthProblems(area, objective));
        return problems;
    }

    /**
     * Answers too long to keep, by field key. A draft may be incomplete, so saving one checks only
     * these; submitting checks {@link #problems(ObjectivesPlan)}.
     */
    public static Map<String, String> lengthProblems(ObjectiveArea area, Objective objective) {
        Map<String, String> problems = new LinkedHashMap<>();
        int n = area.number();
        bounded(problems, "objective." + n, objective.objective(), OBJECTIVE_MAX);
        bounded(problems, "success." + n, objective.successCriteria(), SUCCESS_CRITERIA_MAX);
        bounded(problems, "pts." + n, objective.ptsLink(), LINK_MAX);
        bounded(problems, "sip." + n, objective.sipLink(), LINK_MAX);
        return problems;
    }

    /** Problems with the development and support answers, by field key. */
    public static Map<String, String> supportProblems(ObjectivesPlan plan) {
        Map<String, String> problems = new LinkedHashMap<>();
        bounded(problems, "cpd.other", plan.otherCpd(), OTHER_CPD_MAX);
        bounded(problems, "development", plan.developmentSupport(), SUPPORT_MAX);
        bounded(problems, "resources", plan.resources(), SUPPORT_MAX);
        return problems;
    }

    /** Every problem that stops the whole plan going to the appraiser. */
    public static Map<String, String> problems(ObjectivesPlan plan) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ObjectiveArea area : ObjectiveArea.values()) {
            problems.putAll(problems(area, plan.objective(area)));
        }
        problems.putAll(supportProblems(plan));
        if (plan.meetingDate() == null) {
            problems.put("meeting", "Choose the date of your planning meeting with your appraiser.");
        }
        return problems;
    }

    private static void required(Map<String, String> problems, String key, String text, String message) {
        if (text.isBlank()) {
            problems.put(key, message);
        }
    }

    private static void bounded(Map<String, String> problems, String key, String text, int max) {
        if (text.length() > max) {
            problems.put(
                    key,
                    "Keep this to " + max + " characters; it has " + text.length()
                            + ". Shorten it, or move detail into your evidence.");
        }
    }
}
