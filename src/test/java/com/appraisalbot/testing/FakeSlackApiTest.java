package com.appraisalbot.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeSlackApiTest {
    private final FakeSlackApi fake = FakeSlackApi.start();
    private final MethodsClient bolt = boltClient(fake);

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void authTestAnswersWhatBoltNeedsAtStartUp() throws Exception {
        AuthTestResponse response = bolt.authTest(r -> r);

        assertThat(response.isOk()).isTrue();
        assertThat(response.getBotId()).isEqualTo(FakeSlackApi.BOT_ID);
        assertThat(response.getUserId()).isEqualTo(FakeSlackApi.BOT_USER_ID);
        assertThat(response.getTeamId()).isEqualTo(FakeSlackApi.TEAM_ID);
        assertThat(response.getUrl()).isNotBlank();
    }

    @Test
    void recordsPostMessageWithTokenAndParsedBlocks() throws Exception {
        ChatPostMessageResponse response = bolt.chatPostMessage(
                r -> r.channel("C1").text("Objectives are due").blocksAsString(sectionsJson(1)));

        FakeSlackApi.Call call = fake.awaitCall("chat.postMessage", Duration.ofSeconds(1));
        assertThat(response.isOk()).isTrue();
        assertThat(response.getChannel()).isEqualTo("C1");
        assertThat(response.getMessage().getText()).isEqualTo("Objectives are due");
        assertThat(call.token()).isEqualTo("xoxb-0000000000-fake-bot-token");
        assertThat(call.param("text")).contains("Objectives are due");
        assertThat(call.json("blocks").orElseThrow().getAsJsonArray()).hasSize(1);
        assertThat(fake.calls()).extracting(FakeSlackApi.Call::method).containsExactly("chat.postMessage");
    }

    @Test
    void eachPostedMessageGetsALaterTs() throws Exception {
        String first = bolt.chatPostMessage(r -> r.channel("C1").text("one")).getTs();
        String second = bolt.chatPostMessage(r -> r.channel("C1").text("two")).getTs();

        assertThat(Double.parseDouble(second)).isGreaterThan(Double.parseDouble(first));
    }

    @Test
    void postingToAUserAnswersWithTheirDirectMessageChannel() throws Exception {
        ChatPostMessageResponse response =
                bolt.chatPostMessage(r -> r.channel("U123").text("hi"));

        assertThat(response.getChannel()).isEqualTo("D123");
    }

    @Test
    void awaitCallWaitsForAnAsynchronousCall() throws Exception {
        CompletableFuture.runAsync(() -> {
            pause(Duration.ofMillis(200));
            postQuietly("later");
        });

        FakeSlackApi.Call call = fake.awaitCall("chat.postMessage", Duration.ofSeconds(5));

        assertThat(call.param("text")).contains("later");
    }

    @Test
    void awaitCallFailsWithTheCallsSeenWhenNoneArrives() {
        assertThatThrownBy(() -> fake.awaitCall("views.open", Duration.ofMillis(100)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("views.open");
    }

    @Test
    void resetForgetsCalls() throws Exception {
        bolt.authTest(r -> r);

        fake.reset();

        assertThat(fake.calls()).isEmpty();
    }

    @Test
    void usersInfoAnswersWithRegisteredUserAndTimeZone() throws Exception {
        fake.addUser("U123", "alice", "Europe/London");

        UsersInfoResponse response = bolt.usersInfo(r -> r.user("U123"));

        assertThat(response.isOk()).isTrue();
        assertThat(response.getUser().getName()).isEqualTo("alice");
        assertThat(response.getUser().getTz()).isEqualTo("Europe/London");
        assertThat(response.getUser().getProfile().getDisplayName()).isEqualTo("alice");
    }

    @Test
    void usersInfoForAnUnknownUserAnswersUserNotFound() throws Exception {
        assertThat(bolt.usersInfo(r -> r.user("U404")).getError()).isEqualTo("user_not_found");
    }

    @Test
    void unknownMethodAnswersUnknownMethod() throws Exception {
        String body =
                rawPost("emoji.list", "token=xoxb-0000000000-fake-bot-token").body();

        assertThat(body).contains("\"ok\":false").contains("unknown_method");
    }

    @Test
    void slackErrorFailureAnswersOkFalseOnceThenSucceeds() throws Exception {
        fake.failNext("chat.postMessage", FakeSlackApi.Failure.error("channel_not_found"));

        ChatPostMessageResponse failed =
                bolt.chatPostMessage(r -> r.channel("C1").text("x"));
        ChatPostMessageResponse retried =
                bolt.chatPostMessage(r -> r.channel("C1").text("x"));

        assertThat(failed.isOk()).isFalse();
        assertThat(failed.getError()).isEqualTo("channel_not_found");
        assertThat(retried.isOk()).isTrue();
    }

    @Test
    void rateLimitedFailureAnswers429WithRetryAfterThenSucceeds() throws Exception {
        fake.failNext("chat.postMessage", FakeSlackApi.Failure.rateLimited(1));

        HttpResponse<String> limited =
                rawPost("chat.postMessage", "token=xoxb-0000000000-fake-bot-token&channel=C1&text=x");
        HttpResponse<String> next =
                rawPost("chat.postMessage", "token=xoxb-0000000000-fake-bot-token&channel=C1&text=x");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("1");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).contains("\"ok\":true");
    }

    @Test
    void aFailureForOneCallLeavesOtherCallsOfTheMethodAlone() throws Exception {
        fake.failNextMatching(
                "chat.postMessage",
                call -> call.param("channel").orElse("").equals("C2"),
                FakeSlackApi.Failure.error("channel_not_found"));

        ChatPostMessageResponse other =
                bolt.chatPostMessage(r -> r.channel("C1").text("x"));
        ChatPostMessageResponse matched =
                bolt.chatPostMessage(r -> r.channel("C2").text("x"));
        ChatPostMessageResponse again =
                bolt.chatPostMessage(r -> r.channel("C2").text("x"));

        assertThat(other.isOk()).isTrue();
        assertThat(matched.getError()).isEqualTo("channel_not_found");
        assertThat(again.isOk()).isTrue();
    }

    @Test
    void aRateLimitAnswers429WithRetryAfterOnceTheBurstIsSpent() throws Exception {
        fake.limitRate("chat.postMessage", 2);
        List<Boolean> answers = new CopyOnWriteArrayList<>();
        fake.onAnswered((call, ok) -> answers.add(ok));

        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> limited = null;
        for (int i = 0; i < 3; i++) {
            limited = rawPost("chat.postMessage", "token=xoxb-0000000000-fake-bot-token&channel=C1&text=x");
            statuses.add(limited.statusCode());
        }

        assertThat(statuses).containsExactly(200, 200, 429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("1");
        assertThat(answers).containsExactly(true, true, false);
    }

    @Test
    void boltClientSeesRateLimitAsException() {
        fake.failNext("chat.postMessage", FakeSlackApi.Failure.rateLimited(1));

        assertThatThrownBy(() -> bolt.chatPostMessage(r -> r.channel("C1").text("x")))
                .isInstanceOfSatisfying(
                        SlackApiException.class,
                        e -> assertThat(e.getResponse().code()).isEqualTo(429));
    }

    @Test
    void serverErrorFailureAnswers500() throws Exception {
        fake.failNext("views.publish", FakeSlackApi.Failure.serverError());

        HttpResponse<String> response = rawPost("views.publish", "token=xoxb-0000000000-fake-bot-token");

        assertThat(response.statusCode()).isEqualTo(500);
    }

    @Test
    void delayFailureAnswersNormallyAfterTheDelay() throws Exception {
        fake.failNext("auth.test", FakeSlackApi.Failure.delay(Duration.ofMillis(300)));
        long started = System.nanoTime();

        AuthTestResponse response = bolt.authTest(r -> r);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(response.isOk()).isTrue();
    }

    @Test
    void validHomeViewIsPublishedAndEchoedWithIdAndHash() throws Exception {
        String view = "{\"type\":\"home\",\"callback_id\":\"home\",\"blocks\":" + sectionsJson(2) + "}";

        ViewsPublishResponse response = bolt.viewsPublish(r -> r.userId("U123").viewAsString(view));

        assertThat(response.isOk()).isTrue();
        assertThat(response.getView().getId()).isNotBlank();
        assertThat(response.getView().getHash()).isNotBlank();
        assertThat(response.getView().getBlocks()).hasSize(2);
        assertThat(response.getView().getCallbackId()).isEqualTo("home");
        fake.assertNoBlockKitViolations();
    }

    @Test
    void viewsUpdateWithAStaleHashAnswersHashConflict() throws Exception {
        ViewsOpenResponse opened = bolt.viewsOpen(r -> r.triggerId("t").viewAsString(modal("Objectives", 1)));

        String error = bolt.viewsUpdate(
                        r -> r.viewId(opened.getView().getId()).hash("stale").viewAsString(modal("Objectives", 1)))
                .getError();

        assertThat(error).isEqualTo("hash_conflict");
    }

    @Test
    void modalWithHundredAndOneBlocksIsRejectedAndRecorded() throws Exception {
        ViewsOpenResponse response = bolt.viewsOpen(r -> r.triggerId("t").viewAsString(modal("Objectives", 101)));

        assertThat(response.isOk()).isFalse();
        assertThat(response.getError()).isEqualTo("invalid_arguments");
        assertThat(response.getResponseMetadata().getMessages()).anyMatch(m -> m.contains("blocks: 101 items"));
        assertThat(fake.violations()).containsExactly("views.open: blocks: 101 items, the limit is 100");
        assertThatThrownBy(fake::assertNoBlockKitViolations)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("blocks: 101 items");
    }

    @Test
    void modalTitleOfTwentyFiveCharactersIsRejected() throws Exception {
        ViewsOpenResponse response = bolt.viewsOpen(r -> r.triggerId("t").viewAsString(modal("x".repeat(25), 1)));

        assertThat(response.getError()).isEqualTo("invalid_arguments");
        assertThat(fake.violations()).containsExactly("views.open: title: 25 characters, the limit is 24");
    }

    @Test
    void privateMetadataOfThreeThousandAndOneCharactersIsRejected() throws Exception {
        JsonObject view = BlockKitLimitsTest.modal("Objectives", BlockKitLimitsTest.sections(1));
        view.addProperty("private_metadata", "m".repeat(3001));

        ViewsOpenResponse response = bolt.viewsOpen(r -> r.triggerId("t").viewAsString(view.toString()));

        assertThat(response.getError()).isEqualTo("invalid_arguments");
        assertThat(fake.violations())
                .containsExactly("views.open: private_metadata: 3001 characters, the limit is 3000");
    }

    @Test
    void duplicateBlockIdInAViewIsRejected() throws Exception {
        JsonArray blocks = BlockKitLimitsTest.sections(2);
        blocks.get(1).getAsJsonObject().addProperty("block_id", "b0");
        String view = BlockKitLimitsTest.modal("Objectives", blocks).toString();

        ViewsOpenResponse response = bolt.viewsOpen(r -> r.triggerId("t").viewAsString(view));

        assertThat(response.getError()).isEqualTo("invalid_arguments");
        assertThat(fake.violations()).singleElement().asString().contains("block_id: 'b0'");
    }

    @Test
    void messageWithSeventySixCharacterButtonIsRejectedAsInvalidBlocks() throws Exception {
        String blocks =
                "[{\"type\":\"actions\",\"elements\":[" + BlockKitLimitsTest.button("go", "x".repeat(76)) + "]}]";

        ChatPostMessageResponse response =
                bolt.chatPostMessage(r -> r.channel("C1").text("t").blocksAsString(blocks));

        assertThat(response.getError()).isEqualTo("invalid_blocks");
        assertThat(fake.violations())
                .containsExactly("chat.postMessage: blocks[0].elements[0].text: 76 characters, the limit is 75");
    }

    @Test
    void blocksThatAreNotJsonAreRejected() throws Exception {
        ChatPostMessageResponse response =
                bolt.chatPostMessage(r -> r.channel("C1").text("t").blocksAsString("[{"));

        assertThat(response.getError()).isEqualTo("invalid_blocks");
        assertThat(fake.violations()).singleElement().asString().startsWith("chat.postMessage: blocks: not a JSON");
    }

    @Test
    void jsonBodiesAreAcceptedLikeForms() throws Exception {
        HttpResponse<String> response = rawPost(
                "chat.postMessage",
                "{\"channel\":\"C1\",\"text\":\"json\",\"blocks\":" + sectionsJson(1) + "}",
                "application/json; charset=utf-8");

        FakeSlackApi.Call call = fake.awaitCall("chat.postMessage", Duration.ofSeconds(1));
        assertThat(response.body()).contains("\"ok\":true");
        assertThat(call.token()).isEqualTo("xoxb-0000000000-fake-bot-token");
        assertThat(call.json("blocks").orElseThrow().getAsJsonArray()).hasSize(1);
    }

    @Test
    void fileUploadV2StoresTheUploadedBytes() throws Exception {
        FilesUploadV2Response response = bolt.filesUploadV2(r ->
                r.channel("C1").filename("appraisal.pdf").title("Appraisal").content("PDF bytes"));

        String fileId = response.getFiles().get(0).getId();
        assertThat(response.isOk()).isTrue();
        assertThat(fake.uploadedFile(fileId))
                .hasValueSatisfying(bytes ->
                        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("PDF bytes"));
        assertThat(fake.calls())
                .extracting(FakeSlackApi.Call::method)
                .contains("files.getUploadURLExternal", "files.completeUploadExternal");
    }

    @Test
    void conversationsOpenAnswersADirectMessageChannel() throws Exception {
        String channel = bolt.conversationsOpen(r -> r.users(java.util.List.of("U123")))
                .getChannel()
                .getId();

        assertThat(channel).isEqualTo("D123");
    }

    private static MethodsClient boltClient(FakeSlackApi fake) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.baseUrl());
        return Slack.getInstance(config).methods("xoxb-0000000000-fake-bot-token");
    }

    private void postQuietly(String text) {
        try {
            bolt.chatPostMessage(r -> r.channel("C1").text(text));
        } catch (IOException | SlackApiException e) {
            throw new IllegalStateException("chat.postMessage to the fake failed", e);
        }
    }

    private HttpResponse<String> rawPost(String method, String form) throws IOException, InterruptedException {
        return rawPost(method, form, SlackRequests.FORM);
    }

    private HttpResponse<String> rawPost(String method, String body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + method))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer xoxb-0000000000-fake-bot-token")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String modal(String title, int blocks) {
        return BlockKitLimitsTest.modal(title, BlockKitLimitsTest.sections(blocks))
                .toString();
    }

    private static String sectionsJson(int count) {
        return BlockKitLimitsTest.sections(count).toString();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted before the delayed call", e);
        }
    }
}
