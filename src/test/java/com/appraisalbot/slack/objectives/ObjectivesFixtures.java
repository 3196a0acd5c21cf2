package com.appraisalbot.slack.objectives;

import static org.assertj.core.api.Assertions.assertThat;

import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.objectives.ObjectiveArea;
import com.appraisalbot.testing.CallText;
import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.SlackRequests;
import com.appraisalbot.testing.TestApp;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** Signed requests a case manager and an appraiser send while agreeing objectives, and waits for the answers. */
final class ObjectivesFixtures {

    static final String TEAM = "T123";
    static final Duration WAIT = Duration.ofSeconds(15);

    private final TestApp app;
    private final FakeSlackApi slackApi;
    private final CycleYear year;

    ObjectivesFixtures(TestApp app, FakeSlackApi slackApi, CycleYear year) {
        this.app = app;
        this.slackApi = slackApi;
        this.year = year;
    }

    static JsonObject text(String value) {
        return SlackRequests.plainTextInputState(value);
    }

    static JsonObject selected(String value) {
        JsonObject option = new JsonObject();
        option.addProperty("value", value);
        JsonObject label = new JsonObject();
        label.addProperty("type", "plain_text");
        label.addProperty("text", value);
        option.add("text", label);
        JsonObject state = new JsonObject();
        state.addProperty("type", "static_select");
        state.add("selected_option", option);
        return state;
    }

    String formMetadata(int area) {
        return PlanPayloads.formMetadata(year.startYear(), area);
    }

    JsonObject objectiveState(ObjectiveArea area, String objective, String criteria) {
        return PlanPayloads.objectiveState(area, objective, criteria);
    }

    SlackRequests.Response saveObjective(String userId, ObjectiveArea area, String objective, String criteria) {
        return app.slack()
                .interaction(PlanPayloads.objective(userId, TEAM, year.startYear(), area, objective, criteria));
    }

    SlackRequests.Response saveSupport(String userId) {
        return app.slack()
                .interaction(PlanPayloads.support(
                        userId, TEAM, year.startYear(), year.firstDay().plusDays(20)));
    }

    /** Writes a complete plan through the forms, the first objective as given. */
    void writePlan(String userId, String firstObjective) {
        for (ObjectiveArea area : ObjectiveArea.values()) {
            String objective =
                    area == ObjectiveArea.YOUNG_PERSON_PROGRESS ? firstObjective : "Objective " + area.label();
            assertThat(saveObjective(userId, area, objective, "Measured by " + area.label())
                            .status())
                    .isEqualTo(200);
        }
        assertThat(saveSupport(userId).status()).isEqualTo(200);
    }

    SlackRequests.Response submit(String userId) {
        return app.slack().interaction(PlanPayloads.submit(userId, TEAM, year.startYear()));
    }

    /** Submits and returns the approval DM then sent to {@code appraiser}. */
    FakeSlackApi.Call submitAndAwaitDm(String caseManager, String appraiser) {
        int before = slackApi.calls("chat.postMessage").size();
        assertThat(submit(caseManager).json().get("response_action").getAsString())
                .isEqualTo("update");
        return awaitCall(
                "chat.postMessage", before, c -> c.param("channel").orElse("").equals(appraiser));
    }

    /** Every string in a call's JSON parameter, one per line, as Slack would read them (JSON escapes undone). */
    static String strings(FakeSlackApi.Call call, String parameter) {
        return CallText.strings(call.json(parameter).orElseThrow());
    }

    static String buttonValue(FakeSlackApi.Call message, String actionId) {
        return CallText.buttonValue(message, actionId);
    }

    /** Clicks a button of an approval DM as the user; returns the acknowledgement, the work follows it. */
    SlackRequests.Response click(String actionId, String value, String userId) {
        return app.slack().blockAction(actionId, "approval_buttons", value, userId, TEAM);
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a Slack call", e);
        }
    }

    /** Waits for a call of the method after the first {@code after}, matching the test. */
    FakeSlackApi.Call awaitCall(String method, int after, Predicate<FakeSlackApi.Call> matching) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<FakeSlackApi.Call> calls = slackApi.calls(method);
            for (int i = after; i < calls.size(); i++) {
                if (matching.test(calls.get(i))) {
                    return calls.get(i);
                }
            }
            pause();
        }
        throw new AssertionError("No matching " + method + " within " + WAIT + ": " + slackApi.calls(method));
    }
}
