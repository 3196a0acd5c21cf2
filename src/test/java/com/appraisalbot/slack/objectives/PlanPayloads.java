package com.appraisalbot.slack.objectives;

import com.appraisalbot.objectives.ObjectiveArea;
import com.appraisalbot.testing.SlackRequests;
import com.appraisalbot.testing.ViewPayloads;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code view_submission} payloads of the objectives forms, as Slack sends them when a case manager saves a form
 * or submits the plan: for tests and for the benchmark, which writes thousands of plans.
 */
public final class PlanPayloads {

    private PlanPayloads() {}

    /** The forms' private metadata: the cycle's start year and the form's objective area (0 for support). */
    static String formMetadata(int startYear, int area) {
        return startYear + "|" + area + "||";
    }

    /** The state of one objective's form, filled in. */
    static JsonObject objectiveState(ObjectiveArea area, String objective, String criteria) {
        int n = area.number();
        return ViewPayloads.state(
                "objective." + n,
                ObjectivesModals.TEXT,
                SlackRequests.plainTextInputState(objective),
                "success." + n,
                ObjectivesModals.TEXT,
                SlackRequests.plainTextInputState(criteria),
                "pts." + n,
                ObjectivesModals.TEXT,
                SlackRequests.plainTextInputState("PTS " + n),
                "sip." + n,
                ObjectivesModals.TEXT,
                SlackRequests.plainTextInputState("SIP " + n));
    }

    /** Saving one objective's form. */
    public static JsonObject objective(
            String userId, String teamId, int startYear, ObjectiveArea area, String objective, String criteria) {
        return SlackRequests.viewSubmissionPayload(
                ObjectivesModals.OBJECTIVE_FORM,
                formMetadata(startYear, area.number()),
                objectiveState(area, objective, criteria),
                userId,
                teamId);
    }

    /** Saving the development and support form, with the planning meeting on {@code meeting}. */
    public static JsonObject support(String userId, String teamId, int startYear, LocalDate meeting) {
        JsonObject state = ViewPayloads.state(
                ObjectivesModals.CPD,
                ObjectivesModals.TEXT,
                ViewPayloads.ticked(List.of("PEER_OBSERVATION", "SHADOWING")),
                ObjectivesModals.CPD_OTHER,
                ObjectivesModals.TEXT,
                SlackRequests.plainTextInputState("A course on report writing"),
                ObjectivesModals.DEVELOPMENT,
                ObjectivesModals.TEXT,
                SlackRequests.plainTextInputState("Time with the data lead"),
                ObjectivesModals.RESOURCES,
                ObjectivesModals.TEXT,
                SlackRequests.plainTextInputState("Two days of cover"),
                ObjectivesModals.MEETING,
                ObjectivesModals.TEXT,
                ViewPayloads.datePicked(meeting.toString()));
        return SlackRequests.viewSubmissionPayload(
                ObjectivesModals.SUPPORT_FORM, formMetadata(startYear, 0), state, userId, teamId);
    }

    /** Submitting the plan to the appraiser from the overview. */
    public static JsonObject submit(String userId, String teamId, int startYear) {
        return SlackRequests.viewSubmissionPayload(
                ObjectivesModals.OVERVIEW, Integer.toString(startYear), new JsonObject(), userId, teamId);
    }
}
