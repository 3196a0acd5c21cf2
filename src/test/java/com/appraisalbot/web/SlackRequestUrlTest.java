package com.appraisalbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.SlackRequests;
import com.appraisalbot.testing.TestApp;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** The app's one Slack endpoint, driven the way Slack drives it. */
class SlackRequestUrlTest {

    private static FakeSlackApi slackApi;
    private static TestApp app;

    @BeforeAll
    static void start() {
        slackApi = FakeSlackApi.start();
        app = TestApp.start(slackApi);
    }

    @AfterAll
    static void stop() {
        app.close();
        slackApi.close();
    }

    private static String helpForm() {
        return SlackRequests.formEncode(SlackRequests.commandForm("/appraisal", "help", "U1CASE", "T123"));
    }

    @Test
    void signedHelpCommandAnswersWithEverySubCommandOnlyToTheAsker() {
        SlackRequests.Response response = app.slack().command("/appraisal", "help", "U1CASE", "T123");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(response.json().get("text").getAsString()).contains("/appraisal help");
        assertThat(response.body()).contains("Show this list of what Appraisal Bot can do.");
    }

    @Test
    void bareCommandShowsHelp() {
        SlackRequests.Response response = app.slack().command("/appraisal", "", "U1CASE", "T123");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("text").getAsString()).contains("/appraisal help");
    }

    @Test
    void unknownSubCommandIsQuotedSafelyAndPointsToHelp() {
        SlackRequests.Response response = app.slack().command("/appraisal", "<!channel> now", "U1CASE", "T123");

        assertThat(response.status()).isEqualTo(200);
        String text = response.json().get("text").getAsString();
        assertThat(text)
                .contains("&lt;!channel&gt;")
                .contains("/appraisal help")
                .doesNotContain("<!channel>");
    }

    @Test
    void unsignedRequestIsRefused() {
        SlackRequests.Response response = app.slack().send(helpForm(), SlackRequests.FORM, Map.of());

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void tamperedBodyIsRefused() {
        Map<String, String> headers = app.slack().signedHeaders(helpForm(), Instant.now());
        String tampered = helpForm().replace("U1CASE", "U9BOSS");

        SlackRequests.Response response = app.slack().send(tampered, SlackRequests.FORM, headers);

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void requestSignedSixMinutesAgoIsRefused() {
        Instant sixMinutesAgo = Instant.now().minus(Duration.ofMinutes(6));

        SlackRequests.Response response = app.slack().sendSigned(helpForm(), SlackRequests.FORM, sixMinutesAgo);

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void requestSignedSixMinutesAheadIsRefused() {
        Instant sixMinutesAhead = Instant.now().plus(Duration.ofMinutes(6));

        SlackRequests.Response response = app.slack().sendSigned(helpForm(), SlackRequests.FORM, sixMinutesAhead);

        assertThat(response.status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775807", "-9223372036854775808", "31556889864403200"})
    void timestampBeyondWhatAnInstantHoldsIsRefusedWith401NotA500(String timestamp) {
        Map<String, String> headers = Map.of("X-Slack-Request-Timestamp", timestamp, "X-Slack-Signature", "v0=00");

        SlackRequests.Response response = app.slack().send(helpForm(), SlackRequests.FORM, headers);

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void requestSignedWithAnotherSecretIsRefused() {
        SlackRequests impostor = new SlackRequests(app.baseUrl(), "not-the-signing-secret");

        SlackRequests.Response response = impostor.command("/appraisal", "help", "U1CASE", "T123");

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void urlVerificationEchoesTheChallenge() {
        SlackRequests.Response response =
                app.slack().urlVerification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    /** Words that stand for appraisal text in a body: they must reach neither the response nor the log. */
    private static final String PRIVATE_TEXT = "PrivateAppraisalText";

    private static Stream<Arguments> malformedSignedBodies() {
        JsonObject viewSubmissionWithoutView =
                SlackRequests.viewSubmissionPayload("admin_person", PRIVATE_TEXT, new JsonObject(), "U1CASE", "T123");
        viewSubmissionWithoutView.remove("view");
        viewSubmissionWithoutView.addProperty("note", PRIVATE_TEXT);
        JsonObject eventWithoutEvent = SlackRequests.eventEnvelope(new JsonObject(), "T123");
        eventWithoutEvent.remove("event");
        eventWithoutEvent.addProperty("note", PRIVATE_TEXT);
        return Stream.of(
                Arguments.of("payload=%7Bbad" + PRIVATE_TEXT, SlackRequests.FORM),
                Arguments.of("payload=[1,2,\"" + PRIVATE_TEXT + "\"]", SlackRequests.FORM),
                Arguments.of(
                        SlackRequests.formEncode(Map.of("payload", viewSubmissionWithoutView.toString())),
                        SlackRequests.FORM),
                Arguments.of(eventWithoutEvent.toString(), SlackRequests.JSON));
    }

    @ParameterizedTest
    @MethodSource("malformedSignedBodies")
    void signedButMalformedBodyGetsAShortPlain400AndAWarningWithoutTheBody(String body, String contentType) {
        ListAppender<ILoggingEvent> log = captureLog();

        SlackRequests.Response response;
        try {
            response = app.slack().sendSigned(body, contentType);
        } finally {
            releaseLog(log);
        }

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).isEqualTo("Malformed Slack request");
        assertThat(log.list)
                .anySatisfy(event -> assertThat(event.getLevel()).isEqualTo(Level.WARN))
                .allSatisfy(event -> assertThat(event.getLevel()).isNotEqualTo(Level.ERROR))
                .allSatisfy(event -> assertThat(withThrowable(event)).doesNotContain(PRIVATE_TEXT));
    }

    @Test
    void bodyMatchingNoSlackRequestIsNotLogged() {
        JsonObject body = new JsonObject();
        body.addProperty("type", "not_a_slack_type");
        body.addProperty("note", PRIVATE_TEXT);
        ListAppender<ILoggingEvent> log = captureLog();

        SlackRequests.Response response;
        try {
            response = app.slack().sendSigned(body.toString(), SlackRequests.JSON);
        } finally {
            releaseLog(log);
        }

        assertThat(response.status()).isEqualTo(400);
        assertThat(log.list)
                .allSatisfy(event -> assertThat(withThrowable(event)).doesNotContain(PRIVATE_TEXT));
    }

    private static ListAppender<ILoggingEvent> captureLog() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        rootLogger().addAppender(log);
        return log;
    }

    private static void releaseLog(ListAppender<ILoggingEvent> log) {
        rootLogger().detachAppender(log);
    }

    private static Logger rootLogger() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static String withThrowable(ILoggingEvent event) {
        IThrowableProxy thrown = event.getThrowableProxy();
        return event.getFormattedMessage() + (thrown == null ? "" : " " + ThrowableProxyUtil.asString(thrown));
    }

    @Test
    void healthIsUpWhileTheDatabaseAnswers() {
        HttpResponse<String> response = app.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"up\",\"database\":\"up\"}");
    }

    @Test
    void startUpCheckedTheBotTokenWithSlack() {
        assertThat(slackApi.calls("auth.test")).isNotEmpty();
        assertThat(slackApi.calls("auth.test").get(0).token()).isEqualTo(TestApp.BOT_TOKEN);
    }
}
