package com.appraisalbot.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A local stand-in for the Slack Web API, served by the JDK's HTTP server on 127.0.0.1 and a free port.
 *
 * <p>Point the app's Bolt client at {@link #baseUrl()} ({@code SlackConfig.setMethodsEndpointUrlPrefix}). The
 * stand-in records every call, answers the methods Appraisal Bot uses with bodies shaped like Slack's, checks every
 * view and message against {@link BlockKitLimits}, and can be told to fail:
 *
 * <pre>{@code
 * try (FakeSlackApi slack = FakeSlackApi.start()) {
 *     slack.addUser("U123", "alice", "Europe/London");
 *     slack.failNext("chat.postMessage", FakeSlackApi.Failure.rateLimited(1));
 *     // ... drive the app ...
 *     FakeSlackApi.Call dm = slack.awaitCall("chat.postMessage", Duration.ofSeconds(5));
 *     slack.assertNoBlockKitViolations();
 * }
 * }</pre>
 */
public final class FakeSlackApi implements AutoCloseable, SlackRequests.MessageFinder {
    public static final String TEAM_ID = "T123";
    public static final String TEAM_NAME = "Appraisal Test";
    public static final String BOT_ID = "B0APPRAISAL";
    public static final String BOT_USER_ID = "U0APPBOT";
    public static final String APP_ID = SlackRequests.API_APP_ID;

    private static final String API_PATH = "/api/";
    private static final String UPLOAD_PATH = "/upload/";
    private static final String RESPONSE_PATH = "/response/";

    /** The pseudo-method under which posts to a {@link #responseUrl()} are recorded. */
    public static final String RESPONSE_URL = "response_url";

    /** One Web API call as the stand-in received it. */
    public record Call(String method, JsonObject params, String token, Instant at) {
        /** A parameter as text (JSON values are given in their JSON form), or empty when it was not sent. */
        public Optional<String> param(String name) {
            JsonElement value = params.get(name);
            if (value == null || value.isJsonNull()) {
                return Optional.empty();
            }
            return Optional.of(value.isJsonPrimitive() ? value.getAsString() : value.toString());
        }

        /**
         * A parameter parsed as JSON, whether it came as a JSON value or (as the Java SDK sends {@code blocks} and
         * {@code view}) as a JSON string inside a form.
         */
        public Optional<JsonElement> json(String name) {
            return param(name).map(JsonParser::parseString);
        }
    }

    /** How the stand-in should misbehave for one call. */
    public static final class Failure {
        private final int status;
        private final String error;
        private final Integer retryAfterSeconds;
        private final Duration delay;

        private Failure(int status, String error, Integer retryAfterSeconds, Duration delay) {
            this.status = status;
            this.error = error;
            this.retryAfterSeconds = retryAfterSeconds;
            this.delay = delay;
        }

        /** HTTP 200 with {@code ok:false} and the given Slack error code, e.g. {@code channel_not_found}. */
        public static Failure error(String slackError) {
            return new Failure(200, slackError, null, Duration.ZERO);
        }

        /** HTTP 429 with {@code Retry-After} in seconds, as Slack answers a method's rate limit. */
        public static Failure rateLimited(int retryAfterSeconds) {
            return new Failure(429, "ratelimited", retryAfterSeconds, Duration.ZERO);
        }

        /** HTTP 500 with {@code ok:false}, {@code error:internal_error}. */
        public static Failure serverError() {
            return new Failure(500, "internal_error", null, Duration.ZERO);
        }

        /** A normal answer, sent only after the delay, to test timeouts and the 3-second acknowledgement rule. */
        public static Failure delay(Duration delay) {
            return new Failure(200, null, null, delay);
        }

        @Override
        public String toString() {
            return error != null ? "Failure[" + status + " " + error + "]" : "Failure[delay " + delay + "]";
        }
    }

    private record User(String id, String name, String tz) {}

    /** A message as it stands after a post or an update: where it is and its blocks. */
    private record Posted(SlackRequests.MessageRef where, JsonElement blocks) {}

    private record Answer(int status, JsonObject body, Map<String, String> headers) {
        static Answer ok(JsonObject body) {
            body.addProperty("ok", true);
            return new Answer(200, body, Map.of());
        }

        static Answer slackError(String error) {
            return slackError(error, List.of());
        }

        static Answer slackError(String error, List<String> messages) {
            JsonObject body = new JsonObject();
            body.addProperty("ok", false);
            body.addProperty("error", error);
            if (!messages.isEmpty()) {
                JsonArray array = new JsonArray();
                messages.forEach(m -> array.add("[ERROR] " + m));
                JsonObject metadata = new JsonObject();
                metadata.add("messages", array);
                body.add("response_metadata", metadata);
            }
            return new Answer(200, body, Map.of());
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Object lock = new Object();
    private final List<Call> calls = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private final List<Posted> messages = new ArrayList<>();
    private final Map<String, Deque<PendingFailure>> failures = new HashMap<>();
    private final Map<String, RateLimit> rateLimits = new ConcurrentHashMap<>();
    private final List<BiConsumer<Call, Boolean>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final Map<String, String> viewHashes = new ConcurrentHashMap<>();
    private final Map<String, byte[]> uploads = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(1);
    private final Map<String, Function<Call, Answer>> methods = Map.ofEntries(
            Map.entry("auth.test", this::authTest),
            Map.entry("chat.postMessage", this::chatPostMessage),
            Map.entry("chat.update", this::chatUpdate),
            Map.entry("chat.postEphemeral", this::chatPostEphemeral),
            Map.entry("views.open", this::viewsOpen),
            Map.entry("views.push", this::viewsOpen),
            Map.entry("views.update", this::viewsUpdate),
            Map.entry("views.publish", this::viewsPublish),
            Map.entry("users.info", this::usersInfo),
            Map.entry("conversations.open", this::conversationsOpen),
            Map.entry("files.getUploadURLExternal", this::filesGetUploadUrlExternal),
            Map.entry("files.completeUploadExternal", this::filesCompleteUploadExternal),
            Map.entry("apps.connections.open", this::appsConnectionsOpen));

    private FakeSlackApi(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    static {
        // The JDK server writes an answer's headers and body apart; with Nagle's algorithm on, the body waits for
        // the client's delayed ACK, and every call took 40 ms more than Slack would.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** Starts a stand-in on 127.0.0.1 and a free port. */
    public static FakeSlackApi start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            // A thread per call, so a delayed answer does not hold up other calls.
            ExecutorService executor = Executors.newCachedThreadPool();
            server.setExecutor(executor);
            FakeSlackApi fake = new FakeSlackApi(server, executor);
            server.createContext(API_PATH, fake::handleMethod);
            server.createContext(UPLOAD_PATH, fake::handleUpload);
            server.createContext(RESPONSE_PATH, fake::handleResponse);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the fake Slack Web API on 127.0.0.1", e);
        }
    }

    /** The methods endpoint prefix for Bolt, e.g. {@code http://127.0.0.1:PORT/api/}. */
    public String baseUrl() {
        return rootUrl() + API_PATH.substring(1);
    }

    /** The server root, e.g. {@code http://127.0.0.1:PORT/}. */
    public String rootUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /**
     * A new URL to give as a payload's {@code response_url}; what the app posts there is recorded as a
     * call of {@value #RESPONSE_URL}, with the posted JSON as its parameters.
     */
    public String responseUrl() {
        return rootUrl() + RESPONSE_PATH.substring(1) + sequence.getAndIncrement();
    }

    /** Registers a user users.info can answer for; tz is an IANA zone such as {@code Europe/London}. */
    public void addUser(String id, String name, String tz) {
        ZoneId.of(tz);
        users.put(id, new User(id, name, tz));
    }

    /** Makes the next call of the method fail as described. */
    public void failNext(String method, Failure failure) {
        failNext(method, 1, failure);
    }

    /** Makes the next {@code times} calls of the method fail as described. */
    public void failNext(String method, int times, Failure failure) {
        synchronized (lock) {
            Deque<PendingFailure> queue = failures.computeIfAbsent(method, m -> new ArrayDeque<>());
            for (int i = 0; i < times; i++) {
                queue.add(new PendingFailure(call -> true, failure));
            }
        }
    }

    /**
     * Makes the next call of the method that matches {@code which} fail as described; calls that do not match
     * (another user's, say, arriving first) are answered normally.
     */
    public void failNextMatching(String method, Predicate<Call> which, Failure failure) {
        synchronized (lock) {
            failures.computeIfAbsent(method, m -> new ArrayDeque<>()).add(new PendingFailure(which, failure));
        }
    }

    /**
     * Enforces a rate limit on one method as Slack does: beyond {@code perSecond} calls a second (with bursts of
     * up to a second's worth), a call gets HTTP 429 with {@code Retry-After} in whole seconds.
     */
    public void limitRate(String method, double perSecond) {
        rateLimits.put(method, new RateLimit(perSecond));
    }

    /**
     * Tells {@code listener} of every Web API call as its answer is decided (just before it is sent), with whether
     * the answer is {@code ok}. It runs on the stand-in's request thread, so it must be quick.
     */
    public void onAnswered(BiConsumer<Call, Boolean> listener) {
        listeners.add(listener);
    }

    /** Every call received since start or the last {@link #reset()}, oldest first. */
    public List<Call> calls() {
        synchronized (lock) {
            return List.copyOf(calls);
        }
    }

    /** The calls of one method, oldest first. */
    public List<Call> calls(String method) {
        return calls().stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Waits until the method has been called at least once and returns its first call. */
    public Call awaitCall(String method, Duration timeout) {
        return awaitCalls(method, 1, timeout).get(0);
    }

    /** Waits until the method has been called at least {@code count} times and returns those calls. */
    public List<Call> awaitCalls(String method, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                List<Call> matching =
                        calls.stream().filter(c -> c.method().equals(method)).toList();
                if (matching.size() >= count) {
                    return matching.subList(0, count);
                }
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (remainingMillis <= 0) {
                    throw new AssertionError("Expected " + count + " call(s) of " + method + " within " + timeout
                            + " but got " + matching.size() + "; all calls: " + methodNames());
                }
                waitOnLock(remainingMillis);
            }
        }
    }

    /** Forgets calls, pending failures, rate limits, violations, view hashes and uploads; users and listeners stay. */
    public void reset() {
        rateLimits.clear();
        synchronized (lock) {
            calls.clear();
            failures.clear();
            violations.clear();
            messages.clear();
        }
        viewHashes.clear();
        uploads.clear();
    }

    /** Every Block Kit limit broken so far, one line each, prefixed with the method. */
    public List<String> violations() {
        synchronized (lock) {
            return List.copyOf(violations);
        }
    }

    /** Fails the test, listing every violation, if any view or message broke a Block Kit limit. */
    public void assertNoBlockKitViolations() {
        List<String> found = violations();
        if (!found.isEmpty()) {
            throw new AssertionError("Slack would reject these views or messages:\n  " + String.join("\n  ", found));
        }
    }

    /** The bytes uploaded for a file id handed out by files.getUploadURLExternal. */
    public Optional<byte[]> uploadedFile(String fileId) {
        return Optional.ofNullable(uploads.get(fileId)).map(byte[]::clone);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handleMethod(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestURI().getPath().substring(API_PATH.length());
            byte[] body = exchange.getRequestBody().readAllBytes();
            JsonObject params = parseParams(exchange.getRequestHeaders().getFirst("Content-Type"), body);
            params = withQueryParams(exchange.getRequestURI().getRawQuery(), params);
            Call call = new Call(method, params, token(exchange, params), Instant.now());
            record(call);
            Answer answer = answer(call);
            boolean ok = answer.status() == 200 && answer.body().get("ok").getAsBoolean();
            listeners.forEach(listener -> listener.accept(call, ok));
            respond(exchange, answer);
        }
    }

    private Answer answer(Call call) {
        RateLimit limit = rateLimits.get(call.method());
        if (limit != null) {
            OptionalLong waitSeconds = limit.take();
            if (waitSeconds.isPresent()) {
                Answer error = Answer.slackError("ratelimited");
                return new Answer(429, error.body(), Map.of("Retry-After", Long.toString(waitSeconds.getAsLong())));
            }
        }
        Failure failure = nextFailure(call);
        if (failure != null) {
            pause(failure.delay);
            if (failure.error != null) {
                return failureAnswer(failure);
            }
        }
        if (call.token() == null) {
            return Answer.slackError("not_authed");
        }
        return methods.getOrDefault(call.method(), c -> Answer.slackError("unknown_method"))
                .apply(call);
    }

    private static Answer failureAnswer(Failure failure) {
        Answer error = Answer.slackError(failure.error);
        Map<String, String> headers = failure.retryAfterSeconds == null
                ? Map.of()
                : Map.of("Retry-After", Integer.toString(failure.retryAfterSeconds));
        return new Answer(failure.status, error.body(), headers);
    }

    private void handleUpload(HttpExchange exchange) throws IOException {
        try (exchange) {
            String fileId = exchange.getRequestURI().getPath().substring(UPLOAD_PATH.length());
            byte[] body = exchange.getRequestBody().readAllBytes();
            uploads.put(fileId, body);
            byte[] answer = ("OK - " + body.length).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private void handleResponse(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            JsonObject params = parseParams(exchange.getRequestHeaders().getFirst("Content-Type"), body);
            record(new Call(RESPONSE_URL, params, null, Instant.now()));
            // Slack answers a response_url post with a bare "ok".
            byte[] answer = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private Answer authTest(Call call) {
        JsonObject body = new JsonObject();
        body.addProperty("url", "https://appraisal-test.slack.com/");
        body.addProperty("team", TEAM_NAME);
        body.addProperty("user", "appraisal_bot");
        body.addProperty("team_id", TEAM_ID);
        body.addProperty("user_id", BOT_USER_ID);
        body.addProperty("bot_id", BOT_ID);
        body.addProperty("app_id", APP_ID);
        body.addProperty("is_enterprise_install", false);
        return Answer.ok(body);
    }

    private Answer chatPostMessage(Call call) {
        return messageChecked(call, "invalid_blocks", () -> {
            String ts = nextTs();
            JsonObject body = new JsonObject();
            body.addProperty("channel", channelFor(call.param("channel").orElse("")));
            body.addProperty("ts", ts);
            remember(call, channelFor(call.param("channel").orElse("")), ts);
            body.add("message", message(call, ts));
            return Answer.ok(body);
        });
    }

    private Answer chatUpdate(Call call) {
        return messageChecked(call, "invalid_blocks", () -> {
            String ts = call.param("ts").orElse(nextTs());
            JsonObject body = new JsonObject();
            body.addProperty("channel", call.param("channel").orElse(""));
            body.addProperty("ts", ts);
            remember(call, call.param("channel").orElse(""), ts);
            body.addProperty("text", call.param("text").orElse(""));
            body.add("message", message(call, ts));
            return Answer.ok(body);
        });
    }

    private Answer chatPostEphemeral(Call call) {
        return messageChecked(call, "invalid_blocks", () -> {
            JsonObject body = new JsonObject();
            body.addProperty("message_ts", nextTs());
            return Answer.ok(body);
        });
    }

    private Answer viewsOpen(Call call) {
        return viewChecked(call, view -> Answer.ok(viewAnswer(view, "V" + sequence.getAndIncrement())));
    }

    private Answer viewsUpdate(Call call) {
        Optional<String> viewId = call.param("view_id");
        Optional<String> hash = call.param("hash");
        if (viewId.isPresent() && hash.isPresent() && !hash.get().equals(viewHashes.get(viewId.get()))) {
            return Answer.slackError("hash_conflict");
        }
        return viewChecked(call, view -> Answer.ok(viewAnswer(view, viewId.orElse("V" + sequence.getAndIncrement()))));
    }

    private Answer viewsPublish(Call call) {
        String userId = call.param("user_id").orElse("");
        return viewChecked(call, view -> Answer.ok(viewAnswer(view, "VHOME" + userId)));
    }

    private Answer usersInfo(Call call) {
        User user = users.get(call.param("user").orElse(""));
        if (user == null) {
            return Answer.slackError("user_not_found");
        }
        ZoneId zone = ZoneId.of(user.tz());
        JsonObject profile = new JsonObject();
        profile.addProperty("real_name", realName(user));
        profile.addProperty("real_name_normalized", realName(user));
        profile.addProperty("display_name", user.name());
        profile.addProperty("display_name_normalized", user.name());
        profile.addProperty("email", user.name() + "@example.org");
        profile.addProperty("team", TEAM_ID);
        JsonObject json = new JsonObject();
        json.addProperty("id", user.id());
        json.addProperty("team_id", TEAM_ID);
        json.addProperty("name", user.name());
        json.addProperty("deleted", false);
        json.addProperty("real_name", realName(user));
        json.addProperty("tz", user.tz());
        json.addProperty("tz_label", zone.getId());
        json.addProperty("tz_offset", zone.getRules().getOffset(Instant.now()).getTotalSeconds());
        json.add("profile", profile);
        json.addProperty("is_bot", false);
        json.addProperty("is_admin", false);
        JsonObject body = new JsonObject();
        body.add("user", json);
        return Answer.ok(body);
    }

    private Answer conversationsOpen(Call call) {
        String users = call.param("users").orElse("");
        if (users.isBlank()) {
            return Answer.slackError("users_list_not_supplied");
        }
        JsonObject channel = new JsonObject();
        channel.addProperty("id", channelFor(users.split(",")[0].trim()));
        channel.addProperty("is_im", true);
        channel.addProperty("user", users.split(",")[0].trim());
        JsonObject body = new JsonObject();
        body.add("channel", channel);
        return Answer.ok(body);
    }

    private Answer filesGetUploadUrlExternal(Call call) {
        if (call.param("filename").isEmpty() || call.param("length").isEmpty()) {
            return Answer.slackError("invalid_arguments", List.of("filename and length are required"));
        }
        String fileId = "F" + sequence.getAndIncrement();
        JsonObject body = new JsonObject();
        body.addProperty("upload_url", rootUrl() + UPLOAD_PATH.substring(1) + fileId);
        body.addProperty("file_id", fileId);
        return Answer.ok(body);
    }

    private Answer filesCompleteUploadExternal(Call call) {
        JsonArray requested = call.json("files")
                .filter(JsonElement::isJsonArray)
                .map(JsonElement::getAsJsonArray)
                .orElse(new JsonArray());
        JsonArray files = new JsonArray();
        for (JsonElement element : requested) {
            String id = element.getAsJsonObject().get("id").getAsString();
            if (!uploads.containsKey(id)) {
                return Answer.slackError("file_not_found");
            }
            files.add(completedFile(element.getAsJsonObject(), id));
        }
        JsonObject body = new JsonObject();
        body.add("files", files);
        return Answer.ok(body);
    }

    private Answer appsConnectionsOpen(Call call) {
        JsonObject body = new JsonObject();
        body.addProperty("url", "ws://127.0.0.1:" + server.getAddress().getPort() + "/link/?ticket=fake");
        return Answer.ok(body);
    }

    private Answer messageChecked(Call call, String error, Supplier<Answer> onValid) {
        List<String> problems;
        try {
            JsonArray blocks =
                    call.json("blocks").map(JsonElement::getAsJsonArray).orElse(null);
            problems = BlockKitLimits.checkMessage(call.param("text").orElse(null), blocks);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            problems = List.of("blocks: not a JSON array of blocks (" + e.getMessage() + ")");
        }
        if (call.param("text").isEmpty()
                && call.param("blocks").isEmpty()
                && call.param("attachments").isEmpty()) {
            return Answer.slackError("no_text");
        }
        return problems.isEmpty() ? onValid.get() : rejected(call, error, problems);
    }

    private Answer viewChecked(Call call, Function<JsonObject, Answer> onValid) {
        JsonObject view;
        List<String> problems;
        try {
            view = call.json("view")
                    .map(JsonElement::getAsJsonObject)
                    .orElseThrow(() -> new IllegalStateException("no view was sent"));
            problems = BlockKitLimits.checkView(view);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            return rejected(
                    call, "invalid_arguments", List.of("view: not a JSON view object (" + e.getMessage() + ")"));
        }
        return problems.isEmpty() ? onValid.apply(view) : rejected(call, "invalid_arguments", problems);
    }

    private Answer rejected(Call call, String error, List<String> problems) {
        synchronized (lock) {
            problems.forEach(p -> violations.add(call.method() + ": " + p));
        }
        return Answer.slackError(error, problems);
    }

    private JsonObject viewAnswer(JsonObject submitted, String viewId) {
        String hash = Instant.now().getEpochSecond() + "." + Long.toHexString(sequence.getAndIncrement());
        viewHashes.put(viewId, hash);
        JsonObject view = submitted.deepCopy();
        view.addProperty("id", viewId);
        view.addProperty("team_id", TEAM_ID);
        view.addProperty("hash", hash);
        view.addProperty("app_id", APP_ID);
        view.addProperty("bot_id", BOT_ID);
        view.addProperty("app_installed_team_id", TEAM_ID);
        view.addProperty("root_view_id", viewId);
        defaultProperty(view, "private_metadata", "");
        defaultProperty(view, "callback_id", "");
        defaultProperty(view, "external_id", "");
        JsonObject state = new JsonObject();
        state.add("values", new JsonObject());
        view.add("state", state);
        JsonObject body = new JsonObject();
        body.add("view", view);
        return body;
    }

    private void remember(Call call, String channel, String ts) {
        JsonElement blocks = call.json("blocks").orElse(new JsonArray());
        synchronized (lock) {
            messages.add(new Posted(new SlackRequests.MessageRef(channel, ts), blocks));
        }
    }

    /**
     * The newest message the app posted, or last updated, with a button of this {@code action_id}
     * and value: a test's click on that button comes from there, as a person's would.
     */
    @Override
    public Optional<SlackRequests.MessageRef> withButton(String actionId, String value) {
        synchronized (lock) {
            for (int i = messages.size() - 1; i >= 0; i--) {
                if (hasButton(messages.get(i).blocks(), actionId, value)) {
                    return Optional.of(messages.get(i).where());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasButton(JsonElement element, String actionId, String value) {
        if (element.isJsonArray()) {
            for (JsonElement item : element.getAsJsonArray()) {
                if (hasButton(item, actionId, value)) {
                    return true;
                }
            }
            return false;
        }
        if (!element.isJsonObject()) {
            return false;
        }
        JsonObject object = element.getAsJsonObject();
        if (object.has("action_id")
                && object.get("action_id").getAsString().equals(actionId)
                && object.has("value")
                && object.get("value").getAsString().equals(value)) {
            return true;
        }
        return object.entrySet().stream().anyMatch(e -> hasButton(e.getValue(), actionId, value));
    }

    private JsonObject message(Call call, String ts) {
        JsonObject message = new JsonObject();
        message.addProperty("type", "message");
        message.addProperty("text", call.param("text").orElse(""));
        message.addProperty("user", BOT_USER_ID);
        message.addProperty("bot_id", BOT_ID);
        message.addProperty("app_id", APP_ID);
        message.addProperty("team", TEAM_ID);
        message.addProperty("ts", ts);
        call.json("blocks").ifPresent(blocks -> message.add("blocks", blocks));
        call.param("thread_ts").ifPresent(threadTs -> message.addProperty("thread_ts", threadTs));
        return message;
    }

    private JsonObject completedFile(JsonObject requested, String id) {
        String title = requested.has("title") ? requested.get("title").getAsString() : id;
        JsonObject file = new JsonObject();
        file.addProperty("id", id);
        file.addProperty("name", title);
        file.addProperty("title", title);
        file.addProperty("user", BOT_USER_ID);
        file.addProperty("size", uploads.get(id).length);
        file.addProperty("created", Instant.now().getEpochSecond());
        file.addProperty("url_private", rootUrl() + "files/" + id);
        file.addProperty("permalink", "https://appraisal-test.slack.com/files/" + BOT_USER_ID + "/" + id);
        return file;
    }

    private void record(Call call) {
        synchronized (lock) {
            calls.add(call);
            lock.notifyAll();
        }
    }

    private Failure nextFailure(Call call) {
        synchronized (lock) {
            Deque<PendingFailure> queue = failures.get(call.method());
            if (queue == null) {
                return null;
            }
            for (Iterator<PendingFailure> pending = queue.iterator(); pending.hasNext(); ) {
                PendingFailure next = pending.next();
                if (next.which().test(call)) {
                    pending.remove();
                    return next.failure();
                }
            }
            return null;
        }
    }

    private record PendingFailure(Predicate<Call> which, Failure failure) {}

    /** A token bucket holding up to a second's worth of calls. */
    private static final class RateLimit {
        private final double perSecond;
        private final double capacity;
        private double tokens;
        private long refilledAt = System.nanoTime();

        RateLimit(double perSecond) {
            this.perSecond = perSecond;
            this.capacity = Math.max(1, perSecond);
            this.tokens = capacity;
        }

        /** Takes a token, or says how many whole seconds to wait for one. */
        synchronized OptionalLong take() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            return OptionalLong.of((long) Math.max(1, Math.ceil((1 - tokens) / perSecond)));
        }
    }

    private String nextTs() {
        return Instant.now().getEpochSecond() + "." + String.format("%06d", sequence.getAndIncrement() % 1_000_000);
    }

    private List<String> methodNames() {
        return calls.stream().map(Call::method).toList();
    }

    private void waitOnLock(long millis) {
        try {
            lock.wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a Slack call", e);
        }
    }

    private static void respond(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = answer.body().toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        answer.headers().forEach(exchange.getResponseHeaders()::add);
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static JsonObject parseParams(String contentType, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (contentType != null && contentType.startsWith("application/json")) {
            return text.isBlank()
                    ? new JsonObject()
                    : JsonParser.parseString(text).getAsJsonObject();
        }
        return formParams(text);
    }

    private static JsonObject withQueryParams(String rawQuery, JsonObject params) {
        if (rawQuery != null) {
            formParams(rawQuery).entrySet().forEach(e -> params.add(e.getKey(), e.getValue()));
        }
        return params;
    }

    private static JsonObject formParams(String form) {
        JsonObject params = new JsonObject();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            String value = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
            params.add(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), new JsonPrimitive(value));
        }
        return params;
    }

    private static String token(HttpExchange exchange, JsonObject params) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.startsWith("Bearer ")) {
            return authorization.substring("Bearer ".length());
        }
        JsonElement token = params.get("token");
        return token == null || token.isJsonNull() ? null : token.getAsString();
    }

    private static String channelFor(String channelOrUser) {
        return channelOrUser.startsWith("U") || channelOrUser.startsWith("W")
                ? "D" + channelOrUser.substring(1)
                : channelOrUser;
    }

    private static String realName(User user) {
        return Character.toUpperCase(user.name().charAt(0)) + user.name().substring(1);
    }

    private static void defaultProperty(JsonObject object, String name, String value) {
        if (!object.has(name)) {
            object.addProperty(name, value);
        }
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
