package com.appraisalbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.SlackSignature;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlackRequestsTest {
    private static final String SECRET = "test-signing-secret";

    private record Received(String path, Headers headers, String body) {}

    private final BlockingQueue<Received> received = new ArrayBlockingQueue<>(10);
    private HttpServer app;
    private SlackRequests slack;

    @BeforeEach
    void startRecordingApp() throws IOException {
        app = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        app.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders(), body));
            exchange.getResponseHeaders().add("X-Test", "yes");
            byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        app.start();
        slack = new SlackRequests("http://127.0.0.1:" + app.getAddress().getPort() + "/", SECRET);
    }

    @AfterEach
    void stopApp() {
        app.stop(0);
    }

    @Test
    void commandIsFormEncodedAndSignedSoBoltAcceptsIt() throws InterruptedException {
        SlackRequests.Response response = slack.command("/appraisal", "help me", "U123", "T123");

        Received request = next();
        Map<String, String> form = decodeForm(request.body());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("x-test")).contains("yes");
        assertThat(request.path()).isEqualTo("/slack/events");
        assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(form)
                .containsEntry("command", "/appraisal")
                .containsEntry("text", "help me")
                .containsEntry("user_id", "U123")
                .containsEntry("team_id", "T123")
                .containsKeys("user_name", "team_domain", "channel_id", "channel_name", "response_url")
                .containsKeys("trigger_id", "api_app_id", "token");
        assertThat(boltAccepts(request)).isTrue();
    }

    @Test
    void viewSubmissionIsSentAsPayloadFieldWithStateValues() throws InterruptedException {
        JsonObject objective = new JsonObject();
        objective.add("text", SlackRequests.plainTextInputState("Cut waiting times"));
        JsonObject state = new JsonObject();
        state.add("objective", objective);

        slack.viewSubmission("objective-form", "{\"cycle\":7}", state, "U123", "T123");

        Received request = next();
        JsonObject payload = JsonParser.parseString(decodeForm(request.body()).get("payload"))
                .getAsJsonObject();
        assertThat(payload.get("type").getAsString()).isEqualTo("view_submission");
        assertThat(payload.getAsJsonObject("view").get("callback_id").getAsString())
                .isEqualTo("objective-form");
        assertThat(payload.getAsJsonObject("view").get("private_metadata").getAsString())
                .isEqualTo("{\"cycle\":7}");
        assertThat(payload.getAsJsonObject("view")
                        .getAsJsonObject("state")
                        .getAsJsonObject("values")
                        .getAsJsonObject("objective")
                        .getAsJsonObject("text")
                        .get("value")
                        .getAsString())
                .isEqualTo("Cut waiting times");
        assertThat(boltAccepts(request)).isTrue();
    }

    @Test
    void blockActionCarriesActionUserAndTeam() throws InterruptedException {
        slack.blockAction("approve", "review-1", "42", "U9", "T9");

        JsonObject payload =
                JsonParser.parseString(decodeForm(next().body()).get("payload")).getAsJsonObject();
        JsonObject action = payload.getAsJsonArray("actions").get(0).getAsJsonObject();
        assertThat(payload.get("type").getAsString()).isEqualTo("block_actions");
        assertThat(action.get("action_id").getAsString()).isEqualTo("approve");
        assertThat(action.get("value").getAsString()).isEqualTo("42");
        assertThat(payload.getAsJsonObject("user").get("id").getAsString()).isEqualTo("U9");
        assertThat(payload.getAsJsonObject("team").get("id").getAsString()).isEqualTo("T9");
    }

    @Test
    void eventIsWrappedInEventCallbackEnvelope() throws InterruptedException {
        slack.event("{\"type\":\"app_home_opened\",\"user\":\"U123\",\"channel\":\"D1\",\"tab\":\"home\"}");

        Received request = next();
        JsonObject envelope = JsonParser.parseString(request.body()).getAsJsonObject();
        assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/json");
        assertThat(envelope.get("type").getAsString()).isEqualTo("event_callback");
        assertThat(envelope.get("team_id").getAsString()).isEqualTo("T123");
        assertThat(envelope.keySet()).contains("api_app_id", "event_id", "event_time");
        assertThat(envelope.getAsJsonObject("event").get("type").getAsString()).isEqualTo("app_home_opened");
        assertThat(boltAccepts(request)).isTrue();
    }

    @Test
    void retryCopyAddsSlackRetryHeaders() throws InterruptedException {
        slack.asRetry(2, "http_timeout").urlVerification("challenge-1");

        Received request = next();
        assertThat(request.headers().getFirst("X-Slack-Retry-Num")).isEqualTo("2");
        assertThat(request.headers().getFirst("X-Slack-Retry-Reason")).isEqualTo("http_timeout");
        assertThat(request.body()).contains("\"challenge\":\"challenge-1\"");
    }

    @Test
    void staleTimestampIsRefusedByBoltsVerifier() throws InterruptedException {
        slack.sendSigned("{}", SlackRequests.JSON, Instant.now().minus(Duration.ofMinutes(6)));

        assertThat(boltAccepts(next())).isFalse();
    }

    // Bolt 1.47's verifier only refuses old timestamps, so the app's end-to-end tests must decide what a
    // future-dated request should get; here we only pin that the harness sends the time it was given.
    @Test
    void futureTimestampIsSignedWithThatTime() throws InterruptedException {
        Instant future = Instant.now().plus(Duration.ofMinutes(6));

        slack.sendSigned("{}", SlackRequests.JSON, future);

        Received request = next();
        assertThat(request.headers().getFirst("X-Slack-Request-Timestamp"))
                .isEqualTo(Long.toString(future.getEpochSecond()));
        assertThat(request.headers().getFirst("X-Slack-Signature"))
                .isEqualTo(new SlackSigner(SECRET).sign(future.getEpochSecond(), "{}"));
    }

    @Test
    void sendWithoutSignatureSendsNoSignatureHeaders() throws InterruptedException {
        slack.send("{}", SlackRequests.JSON, Map.of());

        assertThat(next().headers().containsKey("X-Slack-Signature")).isFalse();
    }

    @Test
    void tamperedBodyIsRefusedByBoltsVerifier() throws InterruptedException {
        String body = "{\"type\":\"url_verification\"}";
        Map<String, String> headers = slack.signedHeaders(body, Instant.now());

        slack.send(body.replace("url", "uri"), SlackRequests.JSON, headers);

        assertThat(boltAccepts(next())).isFalse();
    }

    private Received next() throws InterruptedException {
        Received request = received.poll(5, TimeUnit.SECONDS);
        assertThat(request).as("request reached the recording app").isNotNull();
        return request;
    }

    private static boolean boltAccepts(Received request) {
        SlackSignature.Verifier verifier = new SlackSignature.Verifier(new SlackSignature.Generator(SECRET));
        return verifier.isValid(
                request.headers().getFirst("X-Slack-Request-Timestamp"),
                request.body(),
                request.headers().getFirst("X-Slack-Signature"));
    }

    private static Map<String, String> decodeForm(String body) {
        return Arrays.stream(body.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        kv -> URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv -> kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : ""));
    }
}
