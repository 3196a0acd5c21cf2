package com.appraisalbot.slack.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.appraisalbot.objectives.ObjectiveArea;
import com.appraisalbot.reviews.ReviewField;
import com.appraisalbot.reviews.ReviewKind;
import com.appraisalbot.reviews.ReviewPart;
import com.appraisalbot.testing.CallText;
import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.SlackRequests;
import com.appraisalbot.testing.TestApp;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Signed requests the people of a review send, page by page, and waits for what the app sends back. */
final class ReviewDriver {

    static final String TEAM = "T123";
    static final Duration WAIT = Duration.ofSeconds(15);

    private final TestApp app;
    private final FakeSlackApi slackApi;
    private final List<String> lastPart = new java.util.concurrent.CopyOnWriteArrayList<>();

    ReviewDriver(TestApp app, FakeSlackApi slackApi) {
        this.app = app;
        this.slackApi = slackApi;
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

    /** The state of a page with every field answered from {@code answers}, by field key. */
    static JsonObject state(List<ReviewField> fields, Map<String, String> answers) {
        JsonObject values = new JsonObject();
        for (ReviewField field : fields) {
            String answer = answers.getOrDefault(field.key(), "");
            JsonObject block = new JsonObject();
            block.add(
                    ReviewForms.VALUE, field.isChoice() ? selected(answer) : SlackRequests.plainTextInputState(answer));
            values.add(field.key(), block);
        }
        return values;
    }

    /** Sends every page of a part, answered from {@code answers}; returns the last page's answer. */
    SlackRequests.Response sendPart(
            String userId, ReviewKind kind, ReviewPart part, long caseManagerId, Map<String, String> answers) {
        SlackRequests.Response response = null;
        lastPart.clear();
        for (FormPage page : FormPage.of(kind, part)) {
            String metadata = kind.name() + ":" + part.name() + ":" + caseManagerId + ":" + page.index();
            response =
                    app.slack().viewSubmission(ReviewForms.FORM, metadata, state(page.fields(), answers), userId, TEAM);
            assertThat(response.status()).isEqualTo(200);
            lastPart.add(response.body());
            if (!page.isLast()) {
                assertThat(response.json().get("response_action").getAsString()).isEqualTo("update");
            }
        }
        return response;
    }

    /** The app's answers to the pages of the part sent last, page by page. */
    String lastPartAnswers() {
        return String.join("\n", lastPart);
    }

    /** A review's answers for every field, each naming what it is so the proforma's text can be checked. */
    static Map<String, String> answers(ReviewKind kind, String tag) {
        Map<String, String> answers = new java.util.HashMap<>();
        for (ReviewField field : ReviewField.of(kind)) {
            answers.put(field.key(), field.isChoice() ? field.options().get(0).value() : tag + " " + field.key());
        }
        return answers;
    }

    static Map<String, String> withoutObjective(Map<String, String> answers, ObjectiveArea area) {
        Map<String, String> fewer = new java.util.HashMap<>(answers);
        fewer.keySet().removeIf(key -> key.endsWith("." + area.number()));
        return fewer;
    }

    SlackRequests.Response click(String actionId, String value, String userId) {
        return app.slack().blockAction(actionId, "buttons", value, userId, TEAM);
    }

    /** Every string in a call's JSON parameter, one per line. */
    static String strings(FakeSlackApi.Call call, String parameter) {
        StringBuilder text = new StringBuilder();
        call.json(parameter).ifPresent(element -> text.append(CallText.strings(element)));
        call.param("text").ifPresent(t -> text.append(t).append('\n'));
        return text.toString();
    }

    /** Every string in a JSON value, one per line, such as the view of a modal's answer. */
    static String strings(JsonElement element) {
        return CallText.strings(element);
    }

    static String buttonValue(FakeSlackApi.Call message, String actionId) {
        return CallText.buttonValue(message, actionId);
    }

    int count(String method) {
        return slackApi.calls(method).size();
    }

    /** A DM sent to {@code userId} after the first {@code after} messages, carrying {@code actionId}. */
    FakeSlackApi.Call awaitDm(int after, String userId, String actionId) {
        return awaitCall(
                "chat.postMessage",
                after,
                c -> c.param("channel").orElse("").equals(userId)
                        && strings(c, "blocks").contains(actionId));
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

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a Slack call", e);
        }
    }
}
