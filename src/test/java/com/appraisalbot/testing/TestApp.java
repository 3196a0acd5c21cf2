package com.appraisalbot.testing;

import com.appraisalbot.app.AppraisalBot;
import com.appraisalbot.config.SettingsLoader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * The real application, started in this JVM on a free port, a fresh database of the shared test
 * MariaDB, and a {@link FakeSlackApi}, driven through signed requests.
 */
public final class TestApp implements AutoCloseable {

    public static final String SIGNING_SECRET = "test-signing-secret-0123456789abcdef";
    public static final String BOT_TOKEN = "xoxb-test-bot-token";
    public static final String RECORDS_KEY = "test-records-key-0123456789abcdef0123456789";

    private final AppraisalBot bot;
    private final FakeSlackApi slackApi;
    private final String jdbcUrl;

    private TestApp(AppraisalBot bot, FakeSlackApi slackApi, String jdbcUrl) {
        this.bot = bot;
        this.slackApi = slackApi;
        this.jdbcUrl = jdbcUrl;
    }

    /** Starts the app on a new empty database, with extra beans such as a test's own Quartz job. */
    public static TestApp start(FakeSlackApi slackApi, Class<?>... extraBeanClasses) {
        return start(slackApi, Map.of(), Map.of(), extraBeanClasses);
    }

    /**
     * Starts the app with extra environment variables and properties on top of the test defaults.
     * A {@code DATABASE_URL} in {@code environment} replaces the fresh test database.
     */
    public static TestApp start(
            FakeSlackApi slackApi,
            Map<String, String> environment,
            Map<String, String> properties,
            Class<?>... extraBeanClasses) {
        Map<String, String> settings = defaults(slackApi);
        settings.putAll(environment);
        AppraisalBot bot = AppraisalBot.start(SettingsLoader.load(settings, properties), extraBeanClasses);
        return new TestApp(bot, slackApi, settings.get("DATABASE_URL"));
    }

    /** The test defaults: a free port, a new database, the stand-in Web API and test credentials. */
    public static Map<String, String> defaults(FakeSlackApi slackApi) {
        Map<String, String> settings = new HashMap<>();
        settings.put("PORT", "0");
        settings.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
        settings.put("SLACK_BOT_TOKEN", BOT_TOKEN);
        settings.put("SLACK_API_URL", slackApi.baseUrl());
        settings.put("DATABASE_URL", TestDatabase.newDatabase());
        settings.put("DATABASE_USER", "root");
        settings.put("SHUTDOWN_GRACE_SECONDS", "5");
        // Set, so that tests do not leave a generated records.key in the working folder.
        settings.put("RECORDS_KEY", RECORDS_KEY);
        return settings;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + bot.port();
    }

    /** Signed requests to this app, as Slack sends them. */
    public SlackRequests slack() {
        return new SlackRequests(baseUrl(), SIGNING_SECRET).findingMessagesIn(slackApi);
    }

    public FakeSlackApi slackApi() {
        return slackApi;
    }

    /** The app's database URL (user root, no password), for tests that look at rows directly. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public <T> T bean(Class<T> type) {
        return bot.container().select(type).get();
    }

    /** A plain GET, for endpoints other than Slack's. */
    public HttpResponse<String> get(String path) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(baseUrl() + path))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        bot.close();
    }
}
