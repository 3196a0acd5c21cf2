package com.appraisalbot.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Sends the requests Slack sends to an app's request URL ({@code /slack/events}): slash commands, interactivity
 * payloads and Events API callbacks, signed with the signing secret and the current time.
 *
 * <p>Typical use in an end-to-end test:
 *
 * <pre>{@code
 * SlackRequests slack = new SlackRequests("http://127.0.0.1:" + port, "test-secret");
 * SlackRequests.Response ack = slack.command("/appraisal", "help", "U123", "T123");
 * assertThat(ack.status()).isEqualTo(200);
 * }</pre>
 *
 * <p>Payload builders ({@link #commandForm}, {@link #blockActionPayload}, {@link #viewSubmissionPayload},
 * {@link #eventEnvelope}) are public so a test can alter a payload before sending it; {@link #send} and
 * {@link #sendSigned} let a test send unsigned, tampered or stale requests.
 */
public final class SlackRequests {
    /** The path Bolt serves every kind of Slack request on. */
    public static final String EVENTS_PATH = "/slack/events";

    public static final String FORM = "application/x-www-form-urlencoded";
    public static final String JSON = "application/json";
    public static final String API_APP_ID = "A0APPRAISAL";
    public static final String DEFAULT_TEAM_ID = "T123";
    /** The channel commands are sent from, and clicks in messages no {@link MessageFinder} knows. */
    public static final String GENERAL = "C0GENERAL";

    // Slack stopped checking this legacy token long ago, but it still sends one; Bolt ignores it unless configured.
    private static final String LEGACY_TOKEN = "legacy-verification-token";
    private static final AtomicLong SEQUENCE = new AtomicLong(1);

    private final URI endpoint;
    private final SlackSigner signer;
    private final Clock clock;
    private final Map<String, String> extraHeaders;
    private final HttpClient http;
    private final MessageFinder messages;

    /** Where a message is: its conversation and timestamp, as a click's {@code container} names it. */
    public record MessageRef(String channel, String ts) {}

    /** Finds the message that carries a button, so a click on it names that message as Slack's would. */
    @FunctionalInterface
    public interface MessageFinder {
        Optional<MessageRef> withButton(String actionId, String value);
    }

    /**
     * @param appBaseUrl the app's root, e.g. {@code http://127.0.0.1:8080}; {@value #EVENTS_PATH} is appended
     * @param signingSecret the secret the app verifies signatures with
     */
    public SlackRequests(String appBaseUrl, String signingSecret) {
        this(
                URI.create(stripSlash(appBaseUrl) + EVENTS_PATH),
                new SlackSigner(signingSecret),
                Clock.systemUTC(),
                Map.of(),
                (actionId, value) -> Optional.empty());
    }

    private SlackRequests(
            URI endpoint, SlackSigner signer, Clock clock, Map<String, String> extraHeaders, MessageFinder messages) {
        this.endpoint = endpoint;
        this.signer = signer;
        this.clock = clock;
        this.extraHeaders = Map.copyOf(extraHeaders);
        this.messages = messages;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The status, body and headers the app answered with. */
    public record Response(int status, String body, Map<String, List<String>> headers) {
        /** The first value of a header, matched without regard to case. */
        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        /** The body parsed as a JSON object; fails the test if it is not one. */
        public JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }
    }

    /**
     * A copy whose requests carry Slack's retry headers, as Slack sends when the first delivery was not
     * acknowledged in time.
     *
     * @param retryNum the value of {@code X-Slack-Retry-Num}, 1 for the first retry
     * @param reason the value of {@code X-Slack-Retry-Reason}, e.g. {@code http_timeout}
     */
    public SlackRequests asRetry(int retryNum, String reason) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("X-Slack-Retry-Num", Integer.toString(retryNum));
        headers.put("X-Slack-Retry-Reason", reason);
        return new SlackRequests(endpoint, signer, clock, headers, messages);
    }

    /**
     * A copy whose button clicks name the message that carries the button (found by {@code finder})
     * in their {@code container} and {@code channel}, as Slack's do; a button no message carries is
     * clicked in a channel message of its own.
     */
    public SlackRequests findingMessagesIn(MessageFinder finder) {
        return new SlackRequests(endpoint, signer, clock, extraHeaders, finder);
    }

    /** A copy that signs with timestamps taken from the given clock instead of the system clock. */
    public SlackRequests withClock(Clock otherClock) {
        return new SlackRequests(endpoint, signer, otherClock, extraHeaders, messages);
    }

    /** Sends a slash command, e.g. {@code command("/appraisal", "help", "U123", "T123")}. */
    public Response command(String command, String text, String userId, String teamId) {
        return sendSigned(formEncode(commandForm(command, text, userId, teamId)), FORM);
    }

    /** Sends a slash command whose form fields were built (and perhaps altered) by the test. */
    public Response command(Map<String, String> form) {
        return sendSigned(formEncode(form), FORM);
    }

    /** Sends any interactivity payload as Slack does: a form with one field, {@code payload}. */
    public Response interaction(JsonObject payload) {
        return sendSigned(formEncode(Map.of("payload", payload.toString())), FORM);
    }

    /** Sends a {@code block_actions} payload for a button click in a message. */
    public Response blockAction(String actionId, String blockId, String value, String userId, String teamId) {
        MessageRef message = messages.withButton(actionId, value).orElseGet(() -> new MessageRef(GENERAL, timestamp()));
        return interaction(blockActionPayload(actionId, blockId, value, userId, teamId, message));
    }

    /** Sends a {@code view_submission} payload for a modal. */
    public Response viewSubmission(
            String callbackId, String privateMetadata, JsonObject stateValues, String userId, String teamId) {
        return interaction(viewSubmissionPayload(callbackId, privateMetadata, stateValues, userId, teamId));
    }

    /** Sends a {@code view_closed} payload, which Slack sends only for modals opened with notify_on_close. */
    public Response viewClosed(String callbackId, String privateMetadata, String userId, String teamId) {
        return interaction(viewClosedPayload(callbackId, privateMetadata, userId, teamId));
    }

    /** Sends an Events API callback for {@value #DEFAULT_TEAM_ID} wrapping the given inner event. */
    public Response event(String eventJson) {
        return event(JsonParser.parseString(eventJson).getAsJsonObject(), DEFAULT_TEAM_ID);
    }

    /** Sends an Events API callback for a team wrapping the given inner event. */
    public Response event(JsonObject event, String teamId) {
        return sendSigned(eventEnvelope(event, teamId).toString(), JSON);
    }

    /** Sends the {@code url_verification} challenge Slack sends when the request URL is saved. */
    public Response urlVerification(String challenge) {
        JsonObject body = new JsonObject();
        body.addProperty("token", LEGACY_TOKEN);
        body.addProperty("challenge", challenge);
        body.addProperty("type", "url_verification");
        return sendSigned(body.toString(), JSON);
    }

    /** Signs the body with the current time and sends it. */
    public Response sendSigned(String body, String contentType) {
        return sendSigned(body, contentType, clock.instant());
    }

    /**
     * Signs the body with the given time and sends it; a time more than five minutes away from now makes a stale
     * or future-dated request that Slack's rules say the app must refuse.
     */
    public Response sendSigned(String body, String contentType, Instant timestamp) {
        return send(body, contentType, signedHeaders(body, timestamp));
    }

    /** The {@code X-Slack-Request-Timestamp} and {@code X-Slack-Signature} headers for a body at a time. */
    public Map<String, String> signedHeaders(String body, Instant timestamp) {
        String seconds = Long.toString(timestamp.getEpochSecond());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Slack-Request-Timestamp", seconds);
        headers.put("X-Slack-Signature", signer.sign(seconds, body));
        return headers;
    }

    /**
     * Sends a body exactly as given with exactly these headers (plus any retry headers of this instance): nothing
     * is signed, so a test can send unsigned, tampered or wrongly signed requests.
     */
    public Response send(String body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        extraHeaders.forEach(request::header);
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + endpoint + " failed; is the app listening?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + endpoint, e);
        }
    }

    /** The form fields of a slash command, in the order Slack sends them. */
    public static Map<String, String> commandForm(String command, String text, String userId, String teamId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", LEGACY_TOKEN);
        form.put("team_id", teamId);
        form.put("team_domain", "appraisal-test");
        form.put("channel_id", GENERAL);
        form.put("channel_name", "general");
        form.put("user_id", userId);
        form.put("user_name", userId.toLowerCase());
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", API_APP_ID);
        form.put("response_url", "https://hooks.slack.com/commands/" + teamId + "/" + nextId() + "/fake");
        form.put("trigger_id", triggerId());
        return form;
    }

    /** A {@code block_actions} payload for a button in a channel message. */
    public static JsonObject blockActionPayload(
            String actionId, String blockId, String value, String userId, String teamId) {
        return blockActionPayload(actionId, blockId, value, userId, teamId, new MessageRef(GENERAL, timestamp()));
    }

    /** A {@code block_actions} payload for a button in the given message. */
    public static JsonObject blockActionPayload(
            String actionId, String blockId, String value, String userId, String teamId, MessageRef clicked) {
        JsonObject action = new JsonObject();
        action.addProperty("type", "button");
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", blockId);
        action.addProperty("value", value);
        action.add("text", plainText(actionId));
        action.addProperty("action_ts", timestamp());
        JsonArray actions = new JsonArray();
        actions.add(action);

        String messageTs = clicked.ts();
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", messageTs);
        container.addProperty("channel_id", clicked.channel());
        container.addProperty("is_ephemeral", false);
        JsonObject message = new JsonObject();
        message.addProperty("type", "message");
        message.addProperty("ts", messageTs);
        message.addProperty("text", "message with a button");

        JsonObject payload = interactionBase("block_actions", userId, teamId);
        payload.add("container", container);
        payload.add(
                "channel",
                idAndName(clicked.channel(), clicked.channel().equals(GENERAL) ? "general" : "directmessage"));
        payload.add("message", message);
        payload.addProperty("response_url", "https://hooks.slack.com/actions/" + teamId + "/" + nextId() + "/fake");
        payload.add("actions", actions);
        return payload;
    }

    /**
     * A {@code view_submission} payload.
     *
     * @param stateValues the {@code view.state.values} object: block_id to action_id to the element's state, e.g.
     *     {@code {"objective": {"text": {"type": "plain_text_input", "value": "Cut waiting times"}}}}
     */
    public static JsonObject viewSubmissionPayload(
            String callbackId, String privateMetadata, JsonObject stateValues, String userId, String teamId) {
        JsonObject payload = interactionBase("view_submission", userId, teamId);
        payload.add("view", submittedView(callbackId, privateMetadata, stateValues, teamId));
        payload.add("response_urls", new JsonArray());
        return payload;
    }

    /** A {@code view_closed} payload. */
    public static JsonObject viewClosedPayload(
            String callbackId, String privateMetadata, String userId, String teamId) {
        JsonObject payload = interactionBase("view_closed", userId, teamId);
        payload.add("view", submittedView(callbackId, privateMetadata, new JsonObject(), teamId));
        payload.addProperty("is_cleared", false);
        return payload;
    }

    /** The {@code event_callback} envelope Slack wraps every Events API event in. */
    public static JsonObject eventEnvelope(JsonObject event, String teamId) {
        long now = Instant.now().getEpochSecond();
        JsonObject envelope = new JsonObject();
        envelope.addProperty("token", LEGACY_TOKEN);
        envelope.addProperty("team_id", teamId);
        envelope.addProperty("api_app_id", API_APP_ID);
        envelope.add("event", event);
        envelope.addProperty("type", "event_callback");
        envelope.addProperty("event_id", "Ev" + nextId());
        envelope.addProperty("event_time", now);
        return envelope;
    }

    /** One state entry for {@link #viewSubmissionPayload}: a plain-text input's value. */
    public static JsonObject plainTextInputState(String value) {
        JsonObject state = new JsonObject();
        state.addProperty("type", "plain_text_input");
        state.addProperty("value", value);
        return state;
    }

    /** Encodes fields as {@code application/x-www-form-urlencoded}, in iteration order. */
    public static String formEncode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static JsonObject interactionBase(String type, String userId, String teamId) {
        JsonObject user = new JsonObject();
        user.addProperty("id", userId);
        user.addProperty("username", userId.toLowerCase());
        user.addProperty("name", userId.toLowerCase());
        user.addProperty("team_id", teamId);
        JsonObject team = new JsonObject();
        team.addProperty("id", teamId);
        team.addProperty("domain", "appraisal-test");

        JsonObject payload = new JsonObject();
        payload.addProperty("type", type);
        payload.add("team", team);
        payload.add("user", user);
        payload.addProperty("api_app_id", API_APP_ID);
        payload.addProperty("token", LEGACY_TOKEN);
        payload.addProperty("trigger_id", triggerId());
        return payload;
    }

    private static JsonObject submittedView(
            String callbackId, String privateMetadata, JsonObject stateValues, String teamId) {
        JsonObject state = new JsonObject();
        state.add("values", stateValues);
        String viewId = "V" + nextId();
        JsonObject view = new JsonObject();
        view.addProperty("id", viewId);
        view.addProperty("team_id", teamId);
        view.addProperty("type", "modal");
        view.add("blocks", new JsonArray());
        view.addProperty("private_metadata", privateMetadata);
        view.addProperty("callback_id", callbackId);
        view.add("state", state);
        view.addProperty("hash", timestamp().replace('.', '_'));
        view.add("title", plainText("Appraisal"));
        view.addProperty("clear_on_close", false);
        view.addProperty("notify_on_close", true);
        view.addProperty("root_view_id", viewId);
        view.addProperty("app_id", API_APP_ID);
        view.addProperty("external_id", "");
        view.addProperty("app_installed_team_id", teamId);
        view.addProperty("bot_id", FakeSlackApi.BOT_ID);
        return view;
    }

    private static JsonObject plainText(String text) {
        JsonObject object = new JsonObject();
        object.addProperty("type", "plain_text");
        object.addProperty("text", text);
        object.addProperty("emoji", true);
        return object;
    }

    private static JsonObject idAndName(String id, String name) {
        JsonObject object = new JsonObject();
        object.addProperty("id", id);
        object.addProperty("name", name);
        return object;
    }

    private static String triggerId() {
        return nextId() + "." + nextId() + ".fake";
    }

    private static String timestamp() {
        return Instant.now().getEpochSecond() + "." + String.format("%06d", nextId() % 1_000_000);
    }

    private static long nextId() {
        return SEQUENCE.getAndIncrement();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
